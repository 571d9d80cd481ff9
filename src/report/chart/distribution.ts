import type { TopLevelSpec } from 'vega-lite';
import type { Html } from '../html.js';
import { percent } from '../table.js';
import type { Chart } from './figure.js';
import { COLOURS, PLOT_WIDTH } from './theme.js';

export interface DistributionBar {
  /** The value on the horizontal axis, e.g. "3" ballots. */
  readonly label: string;
  /** The share of runs. */
  readonly p: number;
}

/** A distribution over a few discrete values (a histogram): one column per value, its share on top. */
export function distributionChart(options: { title: string; alt: string; axis: string; bars: readonly DistributionBar[]; table: Html }): Chart {
  const values = options.bars.map((b) => ({ ...b, text: percent(b.p), description: `${options.axis} ${b.label}: ${percent(b.p)} of runs` }));
  const x = { field: 'label', type: 'ordinal' as const, title: options.axis, sort: options.bars.map((b) => b.label), axis: { labelAngle: 0 } };
  const y = { field: 'p', type: 'quantitative' as const, stack: null, title: 'Share of runs', scale: { domain: [0, 1] }, axis: { format: '.0%', tickCount: 5 } };
  const spec: TopLevelSpec = {
    data: { values },
    width: PLOT_WIDTH,
    height: 150,
    layer: [
      { mark: { type: 'bar', width: { band: 0.7 }, cornerRadiusEnd: 2, color: COLOURS.primary }, encoding: { x, y, description: { field: 'description' } } },
      { mark: { type: 'text', baseline: 'bottom', dy: -3, fontWeight: 'bold', aria: false }, encoding: { x, y, text: { field: 'text' } } },
    ],
  };
  return { title: options.title, alt: options.alt, spec, table: options.table };
}
