import { html, type Html } from './html.js';

export type Cell = string | number | Html;

// a figure written as text: "75.2%", "74.4–76.1%", "5.00"
const FIGURE = /^\d[\d,]*(\.\d+)?(–\d+(\.\d+)?)?%?$/;

/** The cell of a figure that does not apply (a candidate no longer on the paper). */
export const NONE = '—';

export interface TableSpec {
  readonly caption?: string;
  /** Column headings; figures (numbers, percentages, intervals, {@link NONE}) are right-aligned. */
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Whether the first cell of each row is its heading (`<th scope="row">`); default true. */
  readonly rowHeadings?: boolean;
  readonly className?: string;
}

/** A real table with headings and scopes, in a wrapper that scrolls sideways on a narrow screen. */
export function dataTable(spec: TableSpec): Html {
  const figure = (c: Cell | undefined) => typeof c === 'number' || c === NONE || (typeof c === 'string' && FIGURE.test(c));
  const numeric = spec.columns.map((_, i) => {
    const cells = spec.rows.map((row) => row[i]);
    return cells.some((c) => c !== NONE) && 2 * cells.filter(figure).length > cells.length;
  });
  // figures are right-aligned, and so is the heading of a column made mostly of them
  const head = spec.columns.map((label, i) => html`<th scope="col"${attr(numeric[i] ? 'num' : null)}>${label}</th>`);
  const body = spec.rows.map(
    (row) => html`<tr>${row.map((cell, i) => (i === 0 && spec.rowHeadings !== false ? html`<th scope="row">${format(cell)}</th>` : html`<td${attr(figure(cell) ? 'num' : null)}>${format(cell)}</td>`))}</tr>`,
  );
  return html`<div class="table-wrap"><table${attr(spec.className ?? null)}>${spec.caption ? html`<caption>${spec.caption}</caption>` : null}
<thead><tr>${head}</tr></thead>
<tbody>${body}</tbody></table></div>`;
}

function attr(className: string | null): Html {
  return className === null ? html`` : html` class="${className}"`;
}

function format(cell: Cell): Cell {
  return typeof cell === 'number' ? cell.toLocaleString('en-GB') : cell;
}

/** "79.0%"; below 1% with two decimals ("0.04%"), so that a small upper bound does not read as zero. */
export function percent(p: number): string {
  return `${fixed(p)}%`;
}

/** "72.8–84.1%", "0.00–0.04%". */
export function interval(low: number, high: number): string {
  return `${fixed(low)}–${fixed(high)}%`;
}

function fixed(p: number): string {
  return (p * 100).toFixed(p > 0 && p < 0.01 ? 2 : 1);
}
