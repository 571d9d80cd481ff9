import type { SessionOutcome } from '../../outcome.js';
import { questionKey } from '../question-key.js';

/** For one yes/no outcome: runs where it happened under A, under B, and under both (the rest: neither). */
export interface PairCounts {
  readonly a: number;
  readonly b: number;
  readonly ab: number;
}

/** For one count per run (ballots): its sum under A and under B, and the sum of squared differences. */
export interface PairSums {
  readonly a: number;
  readonly b: number;
  readonly d2: number;
}

/**
 * What a paired comparison accumulates over runs that share their seeds (common random numbers):
 * integer counts only, so that merging is exact and order-independent, like `SweepAggregate`.
 * Keys: `seat:<item>#<n>:win:<candidate>`, `…:vacant`, `…:not-held`, `…:lots`; `question:<key>:put`,
 * `…:adopted` (adopted in a run = put and adopted); sums `seat:<item>#<n>:ballots`.
 */
export interface PairAggregate {
  readonly runs: number;
  readonly indicators: Readonly<Record<string, PairCounts>>;
  readonly sums: Readonly<Record<string, PairSums>>;
}

/** The outcomes of a run as the set of indicators that hold and the counts, over `seats` (every seat either variant has). */
function indicatorsOf(outcome: SessionOutcome, seats: readonly string[]): { on: Set<string>; counts: Map<string, number> } {
  const on = new Set<string>();
  const counts = new Map<string, number>();
  const present = new Map(outcome.seats.map((s) => [`${s.item}#${s.seat}`, s]));
  for (const key of new Set([...seats, ...present.keys()])) {
    const seat = present.get(key);
    if (seat === undefined || (seat.winner === null && seat.ballots === 0)) on.add(`seat:${key}:not-held`);
    else if (seat.winner === null) on.add(`seat:${key}:vacant`);
    else on.add(`seat:${key}:win:${seat.winner}`);
    if (seat?.lots) on.add(`seat:${key}:lots`);
    counts.set(`seat:${key}:ballots`, seat?.ballots ?? 0);
  }
  for (const q of outcome.questions) {
    const key = questionKey(q.item, q.amendment);
    on.add(`question:${key}:put`);
    if (q.decision === 'adopted') on.add(`question:${key}:adopted`);
  }
  return { on, counts };
}

/** Aggregates the pairs (outcome under A, outcome under B) of runs that share a seed, in one streaming pass. */
export function aggregatePairs(pairs: Iterable<readonly [SessionOutcome, SessionOutcome]>, seats: readonly string[] = []): PairAggregate {
  let runs = 0;
  const indicators: Record<string, { a: number; b: number; ab: number }> = {};
  const sums: Record<string, { a: number; b: number; d2: number }> = {};
  for (const [a, b] of pairs) {
    runs++;
    const [x, y] = [indicatorsOf(a, seats), indicatorsOf(b, seats)];
    for (const key of new Set([...x.on, ...y.on])) {
      const counts = (indicators[key] ??= { a: 0, b: 0, ab: 0 });
      const [inA, inB] = [x.on.has(key), y.on.has(key)];
      if (inA) counts.a++;
      if (inB) counts.b++;
      if (inA && inB) counts.ab++;
    }
    for (const key of new Set([...x.counts.keys(), ...y.counts.keys()])) {
      const [va, vb] = [x.counts.get(key) ?? 0, y.counts.get(key) ?? 0];
      const sum = (sums[key] ??= { a: 0, b: 0, d2: 0 });
      sum.a += va;
      sum.b += vb;
      sum.d2 += (vb - va) ** 2;
    }
  }
  return mergePairs({ runs: 0, indicators: {}, sums: {} }, { runs, indicators, sums });
}

/** Adds two pair aggregates; associative and commutative, keys in sorted order. */
export function mergePairs(x: PairAggregate, y: PairAggregate): PairAggregate {
  const keys = (p: object, q: object) => [...new Set([...Object.keys(p), ...Object.keys(q)])].sort();
  const indicators: Record<string, PairCounts> = {};
  for (const key of keys(x.indicators, y.indicators)) {
    const [u, v] = [x.indicators[key], y.indicators[key]];
    indicators[key] = { a: (u?.a ?? 0) + (v?.a ?? 0), b: (u?.b ?? 0) + (v?.b ?? 0), ab: (u?.ab ?? 0) + (v?.ab ?? 0) };
  }
  const sums: Record<string, PairSums> = {};
  for (const key of keys(x.sums, y.sums)) {
    const [u, v] = [x.sums[key], y.sums[key]];
    sums[key] = { a: (u?.a ?? 0) + (v?.a ?? 0), b: (u?.b ?? 0) + (v?.b ?? 0), d2: (u?.d2 ?? 0) + (v?.d2 ?? 0) };
  }
  return { runs: x.runs + y.runs, indicators, sums };
}
