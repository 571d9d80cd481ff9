import { deriveSeed } from '../../random/derive-seed.js';
import type { SessionOutcome } from '../outcome.js';
import { aggregateOutcomes, type SweepAggregate } from './aggregate.js';

/** Runs one whole session of a prepared scenario with a seed (what the run module's `prepareRuns` returns). */
export type RunOne = (seed: number) => SessionOutcome;

/**
 * Runs `from` ≤ i < `to` of a sweep, run i with seed `deriveSeed(sweepSeed, i)`, and aggregates
 * them as they come; `onRun` hears how many are done. Results depend only on the indices, so any
 * split of a sweep into chunks merges to the same aggregate.
 */
export function runChunk(
  runOne: RunOne,
  sweepSeed: number,
  from: number,
  to: number,
  onRun?: (done: number) => void,
): SweepAggregate {
  function* outcomes(): Generator<SessionOutcome> {
    for (let i = from; i < to; i++) {
      yield runOne(deriveSeed(sweepSeed, i));
      onRun?.(i - from + 1);
    }
  }
  return aggregateOutcomes(outcomes());
}

/** Splits run indices [0, runs) into at most `workers` contiguous, nearly equal, non-empty chunks. */
export function chunkRanges(runs: number, workers: number): [from: number, to: number][] {
  const count = Math.max(1, Math.min(Math.floor(workers), runs));
  const ranges: [number, number][] = [];
  for (let k = 0; k < count; k++) {
    const from = Math.floor((k * runs) / count);
    const to = Math.floor(((k + 1) * runs) / count);
    if (to > from) ranges.push([from, to]);
  }
  return ranges;
}
