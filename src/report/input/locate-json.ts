import { LineCounter, parseDocument } from 'yaml';

export interface Location {
  readonly line: number;
  readonly col: number;
}

/** Line and column (1-based) of a character offset in a text. */
export function locateOffset(text: string, offset: number): Location {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, col: offset - lastBreak };
}

/** Where JSON.parse stopped, from its message ("… at position 13"), else the start of the text. */
export function locateSyntaxError(text: string, error: SyntaxError): Location {
  const lineCol = /line (\d+) column (\d+)/.exec(error.message);
  if (lineCol) return { line: Number(lineCol[1]), col: Number(lineCol[2]) };
  const position = /position (\d+)/.exec(error.message);
  if (position) return locateOffset(text, Number(position[1]));
  if (/end of JSON input/.test(error.message)) return locateOffset(text, text.length);
  return { line: 1, col: 1 };
}

/**
 * Where a value of a JSON document stands, by its path (`['seats', 0, 'p']`), or the deepest part
 * of the path that exists. JSON is YAML 1.2, so the yaml package (already used for scenarios, with
 * source ranges) finds it; only called on the error path.
 */
export function locatePath(text: string, path: readonly PropertyKey[]): Location {
  try {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      const range = (node as { range?: readonly number[] } | null | undefined)?.range;
      if (range) {
        const { line, col } = lineCounter.linePos(range[0]!);
        return { line, col };
      }
    }
  } catch {
    // an input too odd for the locator still gets its message, at the start of the file
  }
  return { line: 1, col: 1 };
}

/** `seats[0].candidates[1].p` from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}
