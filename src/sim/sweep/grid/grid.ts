import type { CheckedScenario } from '../../../scenario/check-scenario.js';
import type { SweepAggregate } from '../aggregate.js';
import { catalogueOf, type SweepCatalogue } from '../catalogue.js';
import type { RunCell } from '../runs-table/columns.js';
import { runSweepPoints } from '../run-sweep.js';
import { summarise, type SweepSummary } from '../summarise.js';
import { applySettings } from './apply.js';
import { gridTable, type GridRow } from './table.js';
import { gridPoints, ParameterError, type Parameter, type SettingValue } from './values.js';

/** A scenario file as loaded: its name, text and the checked scenario (what `loadScenarioFile` gives). */
export interface ScenarioSource {
  readonly file: string;
  readonly text: string;
  readonly checked: CheckedScenario;
}

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

/** The scenario at each point of the full factorial grid, checked; a bad value throws a `ParameterError` naming it. */
export function gridScenarios(source: ScenarioSource, parameters: readonly Parameter[]): { values: Record<string, SettingValue>; text: string; checked: CheckedScenario }[] {
  return gridPoints(parameters).map((values) => {
    const applied = applySettings(source.text, source.file, values);
    if (!applied.ok) throw new ParameterError(`the grid point ${describePoint(values)} is not a valid scenario:\n  ${applied.problems.join('\n  ')}`, 'change the values of the setting named above (gasim schema shows every setting and its range)');
    return { values, text: applied.variant.text, checked: applied.variant.checked };
  });
}

/** `turnout=0.7, elimination=top-two`: a point in a few words (the last segment of each path). */
export function describePoint(values: Readonly<Record<string, SettingValue>>): string {
  return Object.entries(values).map(([path, value]) => `${path.split('.').at(-1)}=${String(value)}`).join(', ') || 'the scenario as written';
}

export interface GridOptions {
  readonly runs: number;
  readonly seed: number;
  readonly workers: number;
  readonly runModule?: string | URL;
  readonly onProgress?: (done: number, total: number, pointsDone: number, points: number) => void;
  readonly onRows?: (point: number, values: Readonly<Record<string, SettingValue>>, rows: readonly (readonly RunCell[])[]) => void | Promise<void>;
  /** Only runs from ≤ i < to of each point (a shard). */
  readonly range?: readonly [number, number];
}

/**
 * Sweeps a scenario over a full factorial grid of settings: each point is a sweep of `runs` runs
 * with the same seeds (so points differ by the settings, not by luck), all on one pool of workers.
 */
export async function sweepGrid(source: ScenarioSource, parameters: readonly Parameter[], options: GridOptions): Promise<GridResult> {
  const points = gridScenarios(source, parameters);
  const aggregates = await runSweepPoints({
    points: points.map((p) => ({ text: p.text, file: source.file })),
    runs: options.runs,
    seed: options.seed,
    workers: options.workers,
    ...(options.runModule === undefined ? {} : { runModule: options.runModule }),
    ...(options.range === undefined ? {} : { range: options.range }),
    onProgress: (done, total, pointsDone) => options.onProgress?.(done, total, pointsDone, points.length),
    ...(options.onRows ? { onRows: (point: number, rows: readonly (readonly RunCell[])[]) => options.onRows!(point, points[point]!.values, rows) } : {}),
  });
  const scenario = source.checked.scenario;
  return gridResult({ scenario, seed: options.seed, runs: options.runs, parameters, points: points.map((p, point) => ({ values: p.values, catalogue: catalogueOf(p.checked.scenario), aggregate: aggregates[point]! })) });
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
