import type { TopLevelSpec } from 'vega-lite';
import type { Html } from '../html.js';
import { interval, percent } from '../table.js';
import type { Chart } from './figure.js';
import { BAND, BAR, BAR_OFFSET, nameLayer, rows } from './labelled-bars.js';
import { COLOURS, PLOT_WIDTH } from './theme.js';

export interface ProbabilityRow {
  readonly label: string;
  readonly p: number;
  readonly low: number;
  readonly high: number;
  /** `lead` for the most likely outcome, `other` for the rest, `none` for an outcome that is nobody (a vacancy). */
  readonly tone: 'lead' | 'other' | 'none';
}

const TONES = () => ({ domain: ['lead', 'other', 'none'], range: [COLOURS.primary, COLOURS.secondary, COLOURS.neutral] });

/**
 * Probabilities with their 95% intervals: a bar per outcome, the interval as a line across the
 * bar's end, and the percentage beside it. Rows are drawn in the order given.
 */
export function probabilityChart(options: { title: string; alt: string; rows: readonly ProbabilityRow[]; table: Html }): Chart {
  const values = options.rows.map((r) => ({ ...r, text: percent(r.p), description: `${r.label}: ${percent(r.p)} (95% interval ${interval(r.low, r.high)})` }));
  const order = options.rows.map((r) => r.label);
  const y = rows('label', order);
  const x = (field: string) => ({ field, type: 'quantitative' as const, stack: null, scale: { domain: [0, 1] }, axis: { format: '.0%', tickCount: 5 }, title: 'Probability' });
  const whisker = { type: 'tick' as const, color: COLOURS.accent, thickness: 2, orient: 'vertical' as const, yOffset: BAR_OFFSET, aria: false };
  const size = { value: BAR };
  const spec: TopLevelSpec = {
    data: { values },
    width: PLOT_WIDTH,
    height: { step: BAND },
    layer: [
      { mark: { type: 'bar', height: BAR, yOffset: BAR_OFFSET, cornerRadiusEnd: 2 }, encoding: { y, x: x('p'), color: { field: 'tone', type: 'nominal', scale: TONES(), legend: null }, description: { field: 'description' } } },
      { mark: { type: 'rule', color: COLOURS.accent, strokeWidth: 2, yOffset: BAR_OFFSET, aria: false }, encoding: { y, x: x('low'), x2: { field: 'high' } } },
      { mark: whisker, encoding: { y, x: x('low'), size } },
      { mark: whisker, encoding: { y, x: x('high'), size } },
      nameLayer('label', order),
      { mark: { type: 'text', align: 'left', baseline: 'middle', dx: 5, yOffset: BAR_OFFSET, fontWeight: 'bold', aria: false }, encoding: { y, x: x('high'), text: { field: 'text' } } },
    ],
  };
  return { title: options.title, alt: options.alt, spec, table: options.table };
}
