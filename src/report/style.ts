import { COLOURS, FONT } from './chart/theme.js';
import { trustedHtml } from './html.js';

/**
 * The page's styles: readable from a phone (one column, tables scroll sideways, charts scale
 * down) to a desktop (chart and data table side by side), and on paper (no contents, no
 * backgrounds, figures and tables kept whole where they fit).
 */
const CSS = `
:root { --ink: ${COLOURS.ink}; --muted: ${COLOURS.muted}; --rule: ${COLOURS.grid}; --accent: ${COLOURS.primary}; --paper: #fff; --tint: #f5f7fa; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; font-family: ${FONT}; font-size: 16px; line-height: 1.5; color: var(--ink); background: var(--paper); }
.page-inner, main, .contents, footer { max-width: 76rem; margin: 0 auto; padding: 0 1rem; }
.page-header { background: var(--tint); border-bottom: 3px solid var(--accent); padding: 1.5rem 0 1rem; }
.kicker { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; color: var(--muted); font-weight: 600; }
h1 { margin: .25rem 0; font-size: 1.75rem; line-height: 1.2; }
.subtitle { margin: 0; color: var(--muted); }
h2 { font-size: 1.4rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; }
h4 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; }
h5 { font-size: 1rem; margin: 1rem 0 .3rem; color: var(--accent); }
p { margin: .4rem 0; }
.contents ol { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; list-style: none; margin: .75rem auto 0; padding: 0; font-size: .95rem; }
.contents a { color: var(--accent); }
.key-figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr)); gap: .75rem; margin: .5rem 0 1rem; }
.key-figures div { margin: 0; background: var(--tint); border-left: 4px solid var(--accent); padding: .5rem .75rem; }
.key-figures dt { font-size: .85rem; color: var(--muted); }
.key-figures dd { margin: 0; font-size: 1.1rem; font-weight: 600; }
.table-wrap { overflow-x: auto; margin: .5rem 0; max-width: 100%; }
table { border-collapse: collapse; font-size: .92rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; color: var(--muted); font-size: .85rem; }
th, td { padding: .3rem .6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--muted); font-weight: 600; }
tbody th { font-weight: 500; }
.num { text-align: right; white-space: nowrap; }
.item { border-top: 1px solid var(--rule); padding-top: .25rem; }
.seat { margin-top: 1rem; }
.needed, .notes { color: var(--muted); font-size: .92rem; }
.notes { padding-left: 1.25rem; margin: .25rem 0; }
.outcome { font-size: 1.02rem; }
.chart { margin: .75rem 0 1rem; padding: .75rem; border: 1px solid var(--rule); border-radius: 6px; break-inside: avoid; page-break-inside: avoid; }
.chart figcaption { margin-bottom: .5rem; }
.chart-title { display: block; font-weight: 600; }
.chart-alt { display: block; color: var(--muted); font-size: .9rem; }
.chart-body { display: grid; grid-template-columns: minmax(0, 1fr); gap: .75rem 1.5rem; align-items: start; }
.chart-svg svg { display: block; max-width: 100%; height: auto; }
.recorded dt { font-weight: 600; margin-top: .5rem; }
.recorded dd { margin: 0; font-size: .9rem; }
footer { margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: .85rem; }
@media (min-width: 60rem) {
  .chart-body { grid-template-columns: max-content minmax(0, 1fr); }
}
@media (max-width: 30rem) {
  body { font-size: 15px; }
  h1 { font-size: 1.4rem; }
  th, td { padding: .25rem .4rem; }
  .chart { padding: .5rem; }
}
@media print {
  @page { margin: 1.5cm; }
  body { font-size: 10.5pt; }
  .contents { display: none; }
  .page-header { background: none; padding: 0 0 .5rem; }
  .page-inner, main, footer { max-width: none; padding: 0; }
  .key-figures div { background: none; border: 1px solid #999; }
  .chart { border: none; padding: 0; }
  .chart-body { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
  .table-wrap { overflow: visible; }
  table, .item h4 { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, h4, h5 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

export const PAGE_CSS = trustedHtml(CSS.trim());
