/**
 * Text out is safe (issue 18): the one place that neutralises untrusted text (scenario keys,
 * candidate names, titles, `rules.name`, a journal's `scenarioFile`, messages quoting input) for
 * each kind of output. Terminal: control characters (C0 but line feed and tab, DEL, C1) and bidi
 * controls are shown escaped as `\u001b`, which is also a valid escape inside a JSON string, so
 * JSON output keeps its meaning. Markdown: table, code and link markup escaped, line breaks made
 * spaces. CSV: a cell that a spreadsheet would run as a formula gets a leading apostrophe.
 * HTML escaping lives with the HTML tag (report/html.ts).
 */

/**
 * Characters never written raw: C0 controls, DEL and C1 controls, the Arabic letter mark, the
 * left-to-right / right-to-left marks, line and paragraph separators, the bidi embeddings,
 * overrides and isolates (U+202A–202E, U+2066–2069) and the byte-order mark.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/** The character as a JSON-compatible escape, e.g. ESC as `\u001b`. */
function escaped(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Multi-line text for a terminal: every unsafe character escaped except line feeds and tabs. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, (c) => (c === '\n' || c === '\t' ? c : escaped(c)));
}

/** One field inside a line (a key, a name, a file name): line breaks and tabs escaped too. */
export function terminalField(text: string): string {
  return text.replace(UNSAFE, escaped);
}

const MARKDOWN_SPACE = /[\t\n\v\f\r\u2028\u2029]+/gu;
/** Markup that changes a line's meaning anywhere in it: tables, code, links, emphasis, raw HTML. */
const MARKDOWN_INLINE = /[\\|`*<>[\]]/gu;

/**
 * Untrusted text inside one line of Markdown (a table cell, a heading, a list item): line breaks
 * become spaces (no `#` heading or table row can start), markup characters are escaped with a
 * backslash, a leading `#` too, and other unsafe characters as for the terminal. Identifiers
 * (letters, digits, dashes, underscores) come out unchanged.
 */
export function markdownText(text: string): string {
  const flat = terminalField(text.replace(MARKDOWN_SPACE, ' ').replace(MARKDOWN_INLINE, (c) => `\\${c}`));
  return /^[#+=-]/u.test(flat) ? `\\${flat}` : flat;
}

/** A plain number written as text: not a formula, whatever its sign. */
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?%?$/u;

/**
 * A CSV cell's text that no spreadsheet runs as a formula: text starting with `=`, `+`, `-`, `@`,
 * a tab or a carriage return gets a leading apostrophe (OWASP's advice), numbers excepted.
 */
export function csvText(text: string): string {
  return /^[=+\-@\t\r]/u.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/**
 * A copy of plain data with every string passed through `f` (arrays and plain objects walked,
 * other values kept): for projections that print many fields of an untrusted record.
 */
export function mapStrings<T>(value: T, f: (text: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, f)) as T;
  if (value === null || typeof value !== 'object') return value;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = proto === null ? Object.create(null) : {};
  for (const [k, v] of Object.entries(value)) out[k] = mapStrings(v, f);
  return out as T;
}
