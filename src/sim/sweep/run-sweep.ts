import { EMPTY_AGGREGATE, mergeAggregates, type SweepAggregate } from './aggregate.js';
import { runPool } from './pool.js';
import { chooseTaskSize, splitRuns, type PoolScenario, type PoolTask, type RunFailure } from './pool-protocol.js';
import type { RunCell } from './runs-table/columns.js';

export interface SweepOptions {
  /** The scenario file's text and name; each worker loads it once. */
  readonly scenarioText: string;
  readonly file: string;
  readonly runs: number;
  readonly workers: number;
  /** Run i uses seed `deriveSeed(seed, i)`, so results do not depend on `workers`. */
  readonly seed: number;
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * The module exporting `runSessionOutcome` (see `RunModule`): a file URL, an absolute path, or
   * a path relative to this module; by default `../run-session.js` (i.e. `dist/sim/run-session.js`).
   */
  readonly runModule?: string | URL;
}

/** A sweep over several scenarios (the points of a grid) on one pool of workers. */
export interface PointsOptions extends Omit<SweepOptions, 'scenarioText' | 'file' | 'onProgress'> {
  readonly points: readonly PoolScenario[];
  /** Only runs from ≤ i < to of each point (a shard); by default all. */
  readonly range?: readonly [from: number, to: number];
  /** Runs done over all points, of `total`, and how many points are complete. */
  readonly onProgress?: (done: number, total: number, pointsDone: number) => void;
  /** One table row per run, point by point and in run order; the sweep waits for the promise. */
  readonly onRows?: (point: number, rows: readonly (readonly RunCell[])[]) => void | Promise<void>;
  /** Leave a failed run out of the counts and report it to `onFailures` instead of ending the sweep (`--keep-going`). */
  readonly keepGoing?: boolean;
  readonly onFailures?: (point: number, failures: readonly RunFailure[]) => void;
}

/**
 * Runs every point's runs (run i of each point with seed `deriveSeed(seed, i)`: the same seeds at
 * every point) on one pool of workers, in tasks of a few hundred runs taken by whichever worker is
 * free, and returns each point's aggregate. Must run from compiled JavaScript (`dist/`).
 */
export async function runSweepPoints(options: PointsOptions): Promise<SweepAggregate[]> {
  const [from, to] = options.range ?? [0, options.runs];
  const span = Math.max(0, to - from);
  const size = chooseTaskSize(span * options.points.length, options.workers, options.onRows ? 500 : 1000);
  const tasks: PoolTask[] = [];
  const last: number[] = [];
  options.points.forEach((_, point) => {
    const ranges = splitRuns(span, size, tasks.length, (id, a, b) => ({ kind: 'sweep' as const, id, scenario: point, seed: options.seed, from: from + a, to: from + b, rows: options.onRows !== undefined, keepGoing: options.keepGoing === true }));
    tasks.push(...ranges);
    last.push(tasks.length - 1);
  });
  const aggregates = options.points.map(() => EMPTY_AGGREGATE);
  const total = span * options.points.length;
  let pointsDone = 0;
  await runPool({
    scenarios: options.points,
    tasks,
    workers: options.workers,
    ...(options.runModule === undefined ? {} : { runModule: options.runModule }),
    onProgress: (done) => options.onProgress?.(done, total, pointsDone),
    onTask: async (task, result, rows) => {
      if (task.kind !== 'sweep' || result.kind !== 'sweep') throw new Error(`a sweep got a ${result.kind} result`);
      aggregates[task.scenario] = mergeAggregates(aggregates[task.scenario]!, result.aggregate);
      if (rows.length > 0) await options.onRows?.(task.scenario, rows);
      if (result.failures) options.onFailures?.(task.scenario, result.failures);
      if (last.includes(task.id)) pointsDone++;
    },
  });
  return aggregates;
}

/**
 * Runs a sweep over worker threads and returns its integer counts; the same seed gives the same
 * aggregate whatever the number of workers. Must run from compiled JavaScript (`dist/`).
 */
export async function runSweep(options: SweepOptions): Promise<SweepAggregate> {
  const { scenarioText, file, onProgress, ...rest } = options;
  const [aggregate] = await runSweepPoints({
    ...rest,
    points: [{ text: scenarioText, file }],
    ...(onProgress ? { onProgress: (done: number, total: number) => onProgress(done, total) } : {}),
  });
  return aggregate!;
}
