import type { RngStream } from '../../random/seeded-rng.js';
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
  return request.paper.length === 1 ? new SingleCandidateChooser(model, request) : new ElectionChooser(model, request);
}

// a class rather than closures: one shared `choose` keeps the hot call site monomorphic; small
// per-ballot arrays are plain arrays, cheaper to allocate than typed ones
class ElectionChooser implements Chooser {
  readonly keys: readonly string[];
  protected readonly size: number;
  protected readonly own: readonly Float64Array[];
  protected readonly from: Float64Array[] = [];
  protected readonly split: number[][] = [];
  protected readonly acc: number[];
  /** By supported candidate (see `CompiledBehaviour.supported`): its index on the paper, or -1. */
  protected readonly onPaper: number[];
  protected readonly supporting: Int16Array;
  protected readonly loyalty: number;

  constructor(model: CompiledBehaviour, request: BallotRequest) {
    const { paper } = request;
    this.keys = paper.map((candidate) => candidate.id);
    this.size = paper.length;
    this.own = paper.map((candidate) => candidateWeights(model, candidate));
    for (const candidate of request.nominated) {
      const transfers = model.candidates.transfers[candidate.id];
      if (this.keys.includes(candidate.id) || !transfers) continue;
      const row: number[] = new Array<number>(this.size).fill(0);
      let sum = 0;
      for (let j = 0; j < this.size; j++) sum += row[j] = transfers[this.keys[j]!] ?? 0;
      if (sum <= 0) continue;
      for (let j = 0; j < this.size; j++) row[j]! /= sum;
      this.from.push(candidateWeights(model, candidate));
      this.split.push(row);
    }
    this.acc = new Array<number>(this.size).fill(0);
    this.onPaper = model.supported.map((id) => this.keys.indexOf(id));
    this.supporting = model.supporting;
    this.loyalty = model.candidates.loyalty;
  }

  /** Fills `acc` with the voter's weight per paper candidate and returns their sum. */
  protected effective(slot: number): number {
    const { acc, own, from, split, size } = this;
    let total = 0;
    for (let j = 0; j < size; j++) {
      let weight = own[j]![slot]!;
      for (let x = 0; x < from.length; x++) weight += from[x]![slot]! * split[x]![j]!;
      acc[j] = weight;
      total += weight;
    }
    return total;
  }

  choose(slot: number, rng: RngStream): number {
    const supported = this.supporting[slot]!;
    const index = supported < 0 ? -1 : this.onPaper[supported]!;
    if (index >= 0 && rng.float() < this.loyalty) return index;
    const total = this.effective(slot);
    if (!(total > 0)) return this.size;
    const { acc } = this;
    let u = rng.float() * total;
    let last = 0;
    for (let j = 0; j < this.size; j++) {
      if (acc[j]! <= 0) continue;
      u -= acc[j]!;
      if (u < 0) return j;
      last = j;
    }
    return last; // rounding left u at 0: the last candidate with weight
  }
}

class SingleCandidateChooser extends ElectionChooser {
  override readonly keys = ['yes', 'no'];
  private readonly all: readonly Float64Array[];

  constructor(model: CompiledBehaviour, request: BallotRequest) {
    super(model, request);
    const nominated = request.nominated.length > 0 ? request.nominated : request.paper;
    this.all = nominated.map((candidate) => candidateWeights(model, candidate));
  }

  override choose(slot: number, rng: RngStream): number {
    const supported = this.supporting[slot]!;
    if (supported >= 0 && this.onPaper[supported] === 0 && rng.float() < this.loyalty) return YES;
    this.effective(slot);
    let total = 0;
    for (const weights of this.all) total += weights[slot]!;
    const share = total > 0 ? this.acc[0]! / total : 0.5;
    const yes = Math.min(SINGLE_CANDIDATE_YES.max, Math.max(SINGLE_CANDIDATE_YES.min, share));
    return rng.float() < yes ? YES : NO;
  }
}
