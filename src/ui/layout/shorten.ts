/** Terminal columns taken by `text`; the UI uses only single-column characters. */
export function textWidth(text: string): number {
  return [...text].length;
}

/**
 * Fits `text` into `width` columns: unchanged when it fits, otherwise cut at the last word
 * boundary that keeps at least half the width and ended with "…"; a single long word is cut hard.
 */
export function fitText(text: string, width: number): string {
  if (width <= 0) return '';
  const chars = [...text];
  if (chars.length <= width) return text;
  if (width === 1) return '…';
  const head = chars.slice(0, width - 1).join('');
  // the head already ends on a word when the next character is a space
  const space = chars[width - 1] === ' ' ? head.length : head.lastIndexOf(' ');
  const cut = space >= Math.floor(width / 2) ? head.slice(0, space) : head;
  return `${cut.trimEnd()}…`;
}

/** Pads or fits `text` to exactly `width` columns. */
export function padText(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fitted = fitText(text, width);
  const fill = ' '.repeat(Math.max(0, width - textWidth(fitted)));
  return align === 'left' ? fitted + fill : fill + fitted;
}

export { surnameOf } from '../../domain/person-name.js';
import { surnameOf } from '../../domain/person-name.js';

/**
 * A person's name in at most `width` columns, by a fixed rule: "Full Name (FRA)" when it fits,
 * else "SURNAME (FRA)", else "SURNAME", else the surname cut with "…".
 */
export function shortenName(name: string, member: string | null | undefined, width: number): string {
  const surname = surnameOf(name);
  const code = member ? ` (${member})` : '';
  const candidates = [`${name}${code}`, `${surname}${code}`, surname];
  return candidates.find((c) => textWidth(c) <= width) ?? fitText(surname, width);
}

/** "left … right" in exactly `width` columns; the left side gives way first. */
export function spread(left: string, right: string, width: number): string {
  const r = fitText(right, Math.max(0, width - 2));
  const l = fitText(left, Math.max(0, width - textWidth(r) - (r ? 1 : 0)));
  return l + ' '.repeat(Math.max(0, width - textWidth(l) - textWidth(r))) + r;
}

/** "SURNAME (FRA)" in at most `width` columns: the uniform form of ballot bars and the Committee. */
export function shortName(name: string, member: string | null | undefined, width: number): string {
  return member ? shortenName(surnameOf(name), member, width) : fitText(name, width);
}

/** English ordinal, e.g. 93 → "93rd". */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
