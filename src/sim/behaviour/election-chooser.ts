import type { RngStream } from '../../random/seeded-rng.js';
import type { BallotRequest } from '../../domain/ballot-request.js';
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
  const keys = request.paper.map((candidate) => candidate.id);
  const nominated = request.nominated.length > 0 ? request.nominated : request.paper;
  const memo = `${keys.join(',')}|${nominated.map((candidate) => candidate.id).join(',')}`;
  let table = model.electionTables.get(memo);
  if (!table) {
    table = electionTable(model, request, nominated);
    model.electionTables.set(memo, table);
  }
  const onPaper = model.supported.map((id) => keys.indexOf(id));
  return keys.length === 1
    ? new SingleCandidateChooser(table, onPaper, model.supporting, model.candidates.loyalty)
    : new ElectionChooser(keys, table, onPaper, model.supporting, model.candidates.loyalty);
}

/**
 * By slot, the voter's cumulative weights over the paper (`size` entries per slot); for a single
 * candidate, its clamped yes probability. Depends only on the paper and the nominees, so it is
 * computed once per distinct paper and kept in the model.
 */
function electionTable(model: CompiledBehaviour, request: BallotRequest, nominated: BallotRequest['nominated']): Float64Array {
  const { paper } = request;
  const size = paper.length;
  const own = paper.map((candidate) => candidateWeights(model, candidate));
  const moves: { weights: Float64Array; split: number[] }[] = [];
  for (const candidate of nominated) {
    const transfers = model.candidates.transfers[candidate.id];
    if (paper.some((c) => c.id === candidate.id) || !transfers) continue;
    const row = paper.map((target) => transfers[target.id] ?? 0);
    const sum = row.reduce((a, b) => a + b, 0);
    if (sum > 0) moves.push({ weights: candidateWeights(model, candidate), split: row.map((value) => value / sum) });
  }
  const all = nominated.map((candidate) => candidateWeights(model, candidate));
  const slots = model.defaultSlot + 1;
  const table = new Float64Array(slots * Math.max(1, size));
  for (let slot = 0; slot < slots; slot++) {
    let cumulative = 0;
    for (let j = 0; j < size; j++) {
      cumulative += own[j]![slot]! + moves.reduce((sum, move) => sum + move.weights[slot]! * move.split[j]!, 0);
      table[slot * size + j] = cumulative;
    }
    if (size === 1) {
      const total = all.reduce((sum, weights) => sum + weights[slot]!, 0);
      const share = total > 0 ? cumulative / total : 0.5;
      table[slot] = Math.min(SINGLE_CANDIDATE_YES.max, Math.max(SINGLE_CANDIDATE_YES.min, share));
    }
  }
  return table;
}

// classes rather than closures: one shared `choose` keeps the hot call site monomorphic
abstract class PaperChooser implements Chooser {
  abstract readonly keys: readonly string[];

  constructor(
    protected readonly table: Float64Array,
    private readonly onPaper: readonly number[],
    private readonly supporting: Int16Array,
    private readonly loyalty: number,
  ) {}

  /** The paper index of the candidate the voter supports when it votes for it this time, else -1. */
  protected loyalVote(slot: number, rng: RngStream): number {
    const supported = this.supporting[slot]!;
    const index = supported < 0 ? -1 : this.onPaper[supported]!;
    return index >= 0 && rng.float() < this.loyalty ? index : -1;
  }

  abstract choose(slot: number, rng: RngStream): number;
}

class ElectionChooser extends PaperChooser {
  constructor(
    readonly keys: readonly string[],
    ...rest: ConstructorParameters<typeof SingleCandidateChooser>
  ) {
    super(...rest);
  }

  choose(slot: number, rng: RngStream): number {
    const loyal = this.loyalVote(slot, rng);
    if (loyal >= 0) return loyal;
    const size = this.keys.length;
    const base = slot * size;
    const total = this.table[base + size - 1]!;
    if (!(total > 0)) return size;
    const u = rng.float() * total;
    for (let j = 0; j < size - 1; j++) if (u < this.table[base + j]!) return j;
    return size - 1;
  }
}

class SingleCandidateChooser extends PaperChooser {
  readonly keys = ['yes', 'no'];

  choose(slot: number, rng: RngStream): number {
    if (this.loyalVote(slot, rng) === 0) return YES;
    return rng.float() < this.table[slot]! ? YES : NO;
  }
}
