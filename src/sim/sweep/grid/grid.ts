import type { CheckedScenario } from '../../../scenario/check-scenario.js';
import { catalogueOf } from '../catalogue.js';
import type { RunCell } from '../runs-table/columns.js';
import { runSweepPoints } from '../run-sweep.js';
import { applySettings } from './apply.js';
import { gridResult, type GridResult } from './grid-result.js';
import { gridPoints, ParameterError, type Parameter, type SettingValue } from './values.js';

/** A scenario file as loaded: its name, text and the checked scenario (what `loadScenarioFile` gives). */
export interface ScenarioSource {
  readonly file: string;
  readonly text: string;
  readonly checked: CheckedScenario;
}

export type { GridPoint, GridResult } from './grid-result.js';
export { describePoint } from './describe-point.js';
import { describePoint } from './describe-point.js';
export { gridResult } from './grid-result.js';

/** The scenario at each point of the full factorial grid, checked; a bad value throws a `ParameterError` naming it. */
export function gridScenarios(source: ScenarioSource, parameters: readonly Parameter[]): { values: Record<string, SettingValue>; text: string; checked: CheckedScenario }[] {
  return gridPoints(parameters).map((values) => {
    const applied = applySettings(source.text, source.file, values);
    if (!applied.ok) throw new ParameterError(`the grid point ${describePoint(values)} is not a valid scenario:\n  ${applied.problems.join('\n  ')}`, 'change the values of the setting named above (gasim schema shows every setting and its range)');
    return { values, text: applied.variant.text, checked: applied.variant.checked };
  });
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

