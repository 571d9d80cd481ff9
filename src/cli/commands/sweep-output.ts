import type { SweepAggregate } from '../../sim/sweep/aggregate.js';
import type { SweepCatalogue } from '../../sim/sweep/catalogue.js';
import { gridResult } from '../../sim/sweep/grid/grid-result.js';
import { gridToCsv, gridToJson, renderGrid } from '../../sim/sweep/grid/render-grid.js';
import type { Parameter, SettingValue } from '../../sim/sweep/grid/values.js';
import { renderSummary } from '../../sim/sweep/render-summary.js';
import { summarise } from '../../sim/sweep/summarise.js';
import { summaryToCsv, summaryToJson } from '../../sim/sweep/summary-format.js';

/** The counts of a whole sweep or grid, from one machine or merged from shards. */
export interface SweepCounts {
  readonly seed: number;
  readonly runs: number;
  readonly parameters: readonly Parameter[];
  readonly points: readonly { values: Readonly<Record<string, SettingValue>>; catalogue: SweepCatalogue; aggregate: SweepAggregate }[];
}

export type SweepFormat = 'text' | 'json' | 'csv';

/**
 * What `gasim sweep` and `gasim merge` print: a sweep's summary, or with parameters a grid's; the
 * same counts give the same bytes, which is what makes shard-and-merge equal to one machine.
 */
export function formatSweep(counts: SweepCounts, format: SweepFormat, width: number): string {
  if (counts.parameters.length === 0) {
    const point = counts.points[0]!;
    const summary = summarise(point.aggregate, point.catalogue, counts.seed);
    return format === 'json' ? summaryToJson(summary) : format === 'csv' ? summaryToCsv(summary) : renderSummary(summary, width);
  }
  const catalogue = counts.points[0]!.catalogue;
  const grid = gridResult({ scenario: { id: catalogue.scenario, title: catalogue.title }, seed: counts.seed, runs: counts.runs, parameters: counts.parameters, points: counts.points });
  return format === 'json' ? gridToJson(grid) : format === 'csv' ? gridToCsv(grid) : renderGrid(grid, width);
}

/** The terminal width to lay text out for. */
export function outputWidth(columns: number | undefined): number {
  return Math.max(60, Math.min(columns ?? 100, 140));
}
