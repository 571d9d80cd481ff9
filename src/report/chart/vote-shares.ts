import type { TopLevelSpec } from 'vega-lite';
import type { Html } from '../html.js';
import { percent } from '../table.js';
import type { Chart } from './figure.js';
import { COLOURS, PLOT_WIDTH } from './theme.js';

export interface ShareHistogram {
  readonly name: string;
  /** Runs in which the candidate stood on the decisive ballot. */
  readonly runs: number;
  /** Runs per whole percent of the votes expressed: [percent, percent + 1). */
  readonly bins: readonly { readonly percent: number; readonly count: number }[];
  readonly median: number;
}

/**
 * The distribution of each candidate's share of the votes expressed on the decisive ballot: one
 * histogram per candidate on a common 0–100% axis, heights as shares of that candidate's runs,
 * the median marked.
 */
export function voteSharesChart(options: { title: string; alt: string; candidates: readonly ShareHistogram[]; table: Html }): Chart {
  const values = options.candidates.flatMap((c) =>
    c.bins.map((b) => ({ name: c.name, from: b.percent, to: b.percent + 1, p: b.count / c.runs, median: c.median, description: `${c.name}: ${b.percent}% of the votes in ${percent(b.count / c.runs)} of runs` })),
  );
  const x = { field: 'from', type: 'quantitative' as const, scale: { domain: [0, 100] }, title: 'Share of the votes (%)' };
  const spec: TopLevelSpec = {
    data: { values },
    facet: {
      row: { field: 'name', type: 'nominal', sort: options.candidates.map((c) => c.name), title: null, header: { labelAngle: 0, labelOrient: 'top', labelAnchor: 'start', labelFontWeight: 'bold', labelFontSize: 11, labelLimit: 0, labelPadding: 2 } },
    },
    spacing: 8,
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: PLOT_WIDTH,
      height: 48,
      layer: [
        {
          mark: { type: 'bar', color: COLOURS.primary, binSpacing: 0 },
          encoding: { x, x2: { field: 'to' }, y: { field: 'p', type: 'quantitative', title: null, axis: null }, y2: { datum: 0 }, description: { field: 'description' } },
        },
        {
          mark: { type: 'rule', color: COLOURS.accent, strokeWidth: 2, aria: false },
          encoding: { x: { field: 'median', aggregate: 'max', type: 'quantitative' } },
        },
      ],
    },
  };
  return { title: options.title, alt: options.alt, spec, table: options.table };
}
