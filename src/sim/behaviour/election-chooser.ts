import type { BallotRequest } from '../ballot-request.js';
import type { CompiledBehaviour } from './compile-behaviour.js';
import { candidateWeights } from './candidate-weights.js';
import { NO, YES, type Chooser } from './question-chooser.js';

/** Bounds of the yes probability when a single candidate is on the paper. */
export const SINGLE_CANDIDATE_YES = { min: 0.05, max: 0.95 } as const;

/**
 * An election: a voter's weight for each candidate on the paper is its own weight plus, for each
 * nominee no longer on the paper, that nominee's weight split over the paper per `transfers`
 * (without transfers it is dropped, i.e. renormalised). A supporter votes its candidate with
 * probability `loyalty` while it is on the paper. With one candidate on the paper the vote is
 * yes/no: yes with the candidate's share of the voter's weight over all nominees, clamped to
 * SINGLE_CANDIDATE_YES. A voter whose weights are all zero casts a blank paper.
 */
export function electionChooser(model: CompiledBehaviour, request: BallotRequest): Chooser {
  const { paper } = request;
  const size = paper.length;
  const onPaper = new Map(paper.map((candidate, index) => [candidate.id, index]));
  const own = paper.map((candidate) => candidateWeights(model, candidate));
  const nominated = request.nominated.length > 0 ? request.nominated : paper;
  const from: Float64Array[] = [];
  const split: Float64Array[] = [];
  for (const candidate of nominated) {
    const transfers = model.candidates.transfers[candidate.id];
    if (onPaper.has(candidate.id) || !transfers) continue;
    const row = Float64Array.from(paper, (target) => transfers[target.id] ?? 0);
    const sum = row.reduce((a, b) => a + b, 0);
    if (sum <= 0) continue;
    from.push(candidateWeights(model, candidate));
    split.push(row.map((value) => value / sum));
  }
  const all = nominated.map((candidate) => candidateWeights(model, candidate));
  const acc = new Float64Array(size);
  const { supporting } = model;
  const { loyalty } = model.candidates;

  function effective(slot: number): number {
    let total = 0;
    for (let j = 0; j < size; j++) {
      let weight = own[j]![slot]!;
      for (let x = 0; x < from.length; x++) weight += from[x]![slot]! * split[x]![j]!;
      acc[j] = weight;
      total += weight;
    }
    return total;
  }

  if (size === 1) {
    const id = paper[0]!.id;
    return {
      keys: ['yes', 'no'],
      choose(slot, rng) {
        if (supporting[slot] === id && rng.float() < loyalty) return YES;
        effective(slot);
        let total = 0;
        for (const weights of all) total += weights[slot]!;
        const share = total > 0 ? acc[0]! / total : 0.5;
        const yes = Math.min(SINGLE_CANDIDATE_YES.max, Math.max(SINGLE_CANDIDATE_YES.min, share));
        return rng.float() < yes ? YES : NO;
      },
    };
  }
  return {
    keys: paper.map((candidate) => candidate.id),
    choose(slot, rng) {
      const supported = supporting[slot];
      if (supported !== null && supported !== undefined) {
        const index = onPaper.get(supported);
        if (index !== undefined && rng.float() < loyalty) return index;
      }
      const total = effective(slot);
      if (!(total > 0)) return size;
      let u = rng.float() * total;
      let last = 0;
      for (let j = 0; j < size; j++) {
        if (acc[j]! <= 0) continue;
        u -= acc[j]!;
        if (u < 0) return j;
        last = j;
      }
      return last; // rounding left u at 0: the last candidate with weight

    },
  };
}
