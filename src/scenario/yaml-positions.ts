import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { DocPath, Position } from './scenario-problem.js';

/**
 * Where a path of the document sits in the file. `key` points at a map key (for an unknown key);
 * `value` at the value. A path that does not exist points at its deepest existing ancestor (the
 * parent map of a missing key).
 */
export type Positions = (path: DocPath, target?: 'key' | 'value') => Position;

export const START: Position = { line: 1, col: 1 };

/** Builds the path lookup of stage one, kept for the located problems of stage two. */
export function makePositions(doc: Document, lineCounter: LineCounter): Positions {
  const at = (node: { range?: readonly number[] | null } | null | undefined): Position | undefined => {
    const offset = node?.range?.[0];
    if (offset === undefined) return undefined;
    const { line, col } = lineCounter.linePos(offset);
    return { line: Math.max(1, line), col: Math.max(1, col) };
  };
  return (path, target = 'value') => {
    let node: unknown = doc.contents;
    let best = at(doc.contents as Node | null) ?? START;
    for (const [i, part] of path.entries()) {
      if (isAlias(node)) node = node.resolve(doc);
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
        if (pair === undefined) return best;
        const key = at(pair.key as Node);
        if (last && target === 'key') return key ?? best;
        node = pair.value;
        // an empty value (`key:`) has no position of its own: point at the key
        best = at(node as Node) ?? key ?? best;
      } else if (isSeq(node) && typeof part === 'number') {
        node = node.items[part];
        if (node === undefined) return best;
        best = at(node as Node) ?? best;
      } else {
        return best;
      }
    }
    return best;
  };
}
