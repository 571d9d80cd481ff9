import { fitText, textWidth } from './shorten.js';

/** Semantic tones a piece of text can carry; the theme maps them to colours. */
export type Tone =
  | 'adopted'
  | 'rejected'
  | 'current'
  | 'pending'
  | 'deferred'
  | 'info'
  | 'warning'
  | 'error'
  | 'muted'
  | 'accent'
  | 'bar'
  | 'winner'
  | 'threshold';

export interface Segment {
  readonly text: string;
  readonly tone?: Tone;
  readonly bold?: boolean;
}

/** One terminal row made of styled segments. */
export type Line = readonly Segment[];

export function plain(text: string, tone?: Tone, bold?: boolean): Line {
  return [{ text, tone, bold }];
}

export function lineWidth(line: Line): number {
  return line.reduce((sum, s) => sum + textWidth(s.text), 0);
}

/** Cuts a line to `width` columns; the segment that crosses the edge is fitted with "…". */
export function fitLine(line: Line, width: number): Line {
  if (lineWidth(line) <= width) return line;
  const out: Segment[] = [];
  let left = width;
  for (const segment of line) {
    if (left <= 0) break;
    const text = fitText(segment.text, left);
    out.push({ ...segment, text });
    left -= textWidth(text);
  }
  return out;
}

/** A section rule with a title: "─ TITLE ──────". */
export function rule(title: string, width: number): Line {
  if (!title) return plain('─'.repeat(width), 'muted');
  const head = fitText(`─ ${title} `, width);
  return [
    { text: head, tone: 'accent', bold: true },
    { text: '─'.repeat(Math.max(0, width - textWidth(head))), tone: 'muted' },
  ];
}

/**
 * Wraps a line into rows of at most `width` columns, breaking between words (never inside one
 * unless a word alone is wider than a row); each piece keeps its segment's tone.
 */
export function wrapLine(line: Line, width: number): Line[] {
  if (lineWidth(line) <= width || width < 1) return [line];
  const rows: Segment[][] = [[]];
  let used = 0;
  for (const segment of line) {
    for (const word of segment.text.split(/(?<= )/)) {
      let piece = word;
      if (used > 0 && used + textWidth(piece.trimEnd()) > width) {
        rows.push([]);
        used = 0;
      }
      while (textWidth(piece) > width && used === 0) {
        rows.at(-1)!.push({ ...segment, text: piece.slice(0, width) });
        rows.push([]);
        piece = piece.slice(width);
      }
      if (used === 0) piece = piece.trimStart();
      rows.at(-1)!.push({ ...segment, text: piece });
      used += textWidth(piece);
    }
  }
  return rows.map((row) => {
    const kept = row.filter((s) => s.text !== '');
    const last = kept.at(-1);
    if (last) kept[kept.length - 1] = { ...last, text: last.text.trimEnd() };
    return fitLine(kept, width);
  });
}

/**
 * Text laid out as a reader expects a paragraph in a terminal: each line of the text wrapped between
 * words to `width`, its continuation rows under a hanging indent (the line's own indent and two
 * spaces), so a wrapped row never reads as a new line and never starts with a stray space.
 */
export function hangingRows(text: string, width: number, tone?: Tone): Line[] {
  return text.split('\n').flatMap((l) => {
    const indent = /^ */.exec(l)![0] + '  ';
    const [first, ...rest] = wrapLine(plain(l, tone), width);
    return [first!, ...rest.flatMap((r) => wrapLine([{ text: indent, tone }, ...r], width))];
  });
}
