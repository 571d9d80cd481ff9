import type { SweepAggregate } from '../aggregate.js';
import type { SweepCatalogue } from '../catalogue.js';
import { summarise, type SweepSummary } from '../summarise.js';
import { gridTable, type GridRow } from './table.js';
import type { Parameter, SettingValue } from './values.js';

/** One point of a grid: its settings, and the sweep's summary there. */
export interface GridPoint {
  readonly point: number;
  readonly values: Readonly<Record<string, SettingValue>>;
  readonly summary: SweepSummary;
}

/** A grid's result: every point's summary, and one tidy table of every point and outcome. */
export interface GridResult {
  readonly format: 'gasim/grid@1';
  readonly scenario: { readonly id: string; readonly title: string };
  readonly seed: number;
  readonly runsPerPoint: number;
  readonly parameters: readonly Parameter[];
  readonly points: readonly GridPoint[];
  readonly rows: readonly GridRow[];
}

/** A grid's result from each point's counts (what a sweep or a merge of shards gives). */
export function gridResult(input: {
  scenario: { readonly id: string; readonly title: string };
  seed: number;
  runs: number;
  parameters: readonly Parameter[];
  points: readonly { values: Readonly<Record<string, SettingValue>>; catalogue: SweepCatalogue; aggregate: SweepAggregate }[];
}): GridResult {
  const points = input.points.map((p, point) => ({ point, values: p.values, summary: summarise(p.aggregate, p.catalogue, input.seed) }));
  return {
    format: 'gasim/grid@1',
    scenario: { id: input.scenario.id, title: input.scenario.title },
    seed: input.seed,
    runsPerPoint: input.runs,
    parameters: input.parameters,
    points,
    rows: gridTable(input.parameters, points),
  };
}
