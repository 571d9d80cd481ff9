import type { SweepAggregate } from './aggregate.js';
import type { PairAggregate } from './compare/pair-aggregate.js';
import type { RunCell } from './runs-table/columns.js';

/** A scenario a pool's workers can run: its text and file name (each worker loads it once, when first needed). */
export interface PoolScenario {
  readonly text: string;
  readonly file: string;
}

/** What the main thread gives each worker when it starts. */
export interface PoolInit {
  /** The run module's URL; null for the sessions themselves (`../run-session.js`). */
  readonly runModule: string | null;
  readonly scenarios: readonly PoolScenario[];
}

/**
 * One unit of work: runs `from` ≤ i < `to` with seed `deriveSeed(seed, i)`. A sweep task runs one
 * scenario and aggregates (and, with `rows`, sends one table row per run); a compare task runs two
 * scenarios on each seed (common random numbers) and aggregates the pairs.
 */
export type PoolTask =
  | { readonly kind: 'sweep'; readonly id: number; readonly scenario: number; readonly seed: number; readonly from: number; readonly to: number; readonly rows: boolean; readonly keepGoing?: boolean }
  | { readonly kind: 'compare'; readonly id: number; readonly a: number; readonly b: number; readonly seed: number; readonly from: number; readonly to: number };

/** A run that failed (e.g. hit the session's event cap), kept with its seed so that `gasim run --seed` reproduces it. */
export interface RunFailure {
  /** 1-based run number within the sweep. */
  readonly run: number;
  readonly seed: number;
  readonly message: string;
}

/** A sweep task's counts, and with `keepGoing` the runs that failed and were left out of them. */
export type TaskResult = { readonly kind: 'sweep'; readonly aggregate: SweepAggregate; readonly failures?: readonly RunFailure[] } | { readonly kind: 'compare'; readonly pairs: PairAggregate };

export type PoolMessage =
  | { readonly type: 'progress'; readonly id: number; readonly done: number }
  | { readonly type: 'rows'; readonly id: number; readonly rows: readonly (readonly RunCell[])[] }
  | { readonly type: 'done'; readonly id: number; readonly result: TaskResult }
  | { readonly type: 'failed'; readonly id: number; readonly message: string; readonly stack?: string; readonly name?: string; readonly hint?: string; readonly seed?: number };

/** Runs in a task. */
export function taskSize(task: PoolTask): number {
  return task.to - task.from;
}

/**
 * Splits [0, runs) into contiguous tasks of at most `size` runs (the last ones may be shorter),
 * numbered from `firstId`; `make` gives each range its kind and scenario.
 */
export function splitRuns<T extends PoolTask>(runs: number, size: number, firstId: number, make: (id: number, from: number, to: number) => T): T[] {
  const tasks: T[] = [];
  for (let from = 0, id = firstId; from < runs; from += size, id++) tasks.push(make(id, from, Math.min(runs, from + size)));
  return tasks;
}

/** A task size that keeps every worker busy to the end and progress smooth: about 8 tasks per worker, at most `max`. */
export function chooseTaskSize(runs: number, workers: number, max = 1000): number {
  return Math.max(1, Math.min(max, Math.ceil(runs / (Math.max(1, workers) * 8))));
}
