/**
 * HTML that is safe by construction: the `html` tag escapes every interpolated value unless it is
 * already `Html` (built by this tag, or an SVG string from the chart renderer). Strings from the
 * input JSON therefore cannot open a tag, close an attribute or smuggle control characters in.
 */
export interface Html {
  readonly __html: string;
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// C0 controls except tab, line feed and carriage return; DEL and the C1 controls; lone surrogates
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces control characters and lone surrogates with U+FFFD, so that they show rather than vanish. */
export function withoutControls(text: string): string {
  return text.replace(CONTROL, '\uFFFD');
}

/** Escapes text for an HTML element or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return withoutControls(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Marks a string as HTML without escaping it: only for markup produced by a trusted renderer. */
export function trustedHtml(markup: string): Html {
  return { __html: markup };
}

function isHtml(value: unknown): value is Html {
  return typeof value === 'object' && value !== null && '__html' in value;
}

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (Array.isArray(part)) return part.map(render).join('');
  if (isHtml(part)) return part.__html;
  return escapeHtml(String(part));
}

/** The tag: `html\`<td>${name}</td>\`` escapes `name`; arrays are joined; null, undefined and false are dropped. */
export function html(strings: TemplateStringsArray, ...values: readonly Part[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => (out += render(value) + strings[i + 1]!));
  return { __html: out };
}
