import type { CandidateId, ItemId } from '../../domain/ids.js';
import type { Post } from '../../domain/election.js';
import type { SeatOutcome, SessionOutcome } from '../outcome.js';
import { questionKey } from './question-key.js';

/** Integer counts for one seat of one election over the runs whose outcome lists it. */
export interface SeatTally {
  readonly item: ItemId;
  readonly seat: number;
  readonly post: Post;
  /** The seat's region → runs (an `auto` Vice-President seat may go to different continents); `none` for the President. */
  readonly regions: Readonly<Record<string, number>>;
  /** Smallest position of the seat in a run's outcome: orders the report as the agenda does. */
  readonly order: number;
  readonly runs: number;
  readonly wins: Readonly<Record<CandidateId, number>>;
  /** Held (at least one ballot) and nobody elected. */
  readonly vacant: number;
  /** Not held: no eligible candidate, so no ballot (the seat stays vacant). */
  readonly noCandidate: number;
  readonly lots: number;
  /** Number of ballots → runs that took that many. */
  readonly ballots: Readonly<Record<string, number>>;
  /**
   * Candidate → share of the votes expressed on the seat's decisive ballot, in whole percent
   * (floor(100 × votes / expressed)) → runs: a histogram of integer counts, so merging is exact.
   */
  readonly shares: Readonly<Record<CandidateId, Readonly<Record<string, number>>>>;
}

/** Integer counts for one question over the runs that voted on it. */
export interface QuestionTally {
  readonly item: ItemId;
  readonly amendment: string | null;
  readonly title: string;
  readonly order: number;
  readonly runs: number;
  readonly adopted: number;
}

/**
 * What a sweep accumulates: integer counts only, so that merging is exact and order-independent,
 * and of a size bounded by the scenario (seats, candidates, ballot numbers), not by the runs.
 */
export interface SweepAggregate {
  readonly runs: number;
  readonly seats: Readonly<Record<string, SeatTally>>;
  readonly questions: Readonly<Record<string, QuestionTally>>;
}

export const EMPTY_AGGREGATE: SweepAggregate = { runs: 0, seats: {}, questions: {} };

type Counts = Record<string, number>;
type MutableSeat = { -readonly [K in keyof SeatTally]: K extends 'shares' ? Record<string, Counts> : SeatTally[K] extends Readonly<Counts> ? Counts : SeatTally[K] };
type MutableQuestion = { -readonly [K in keyof QuestionTally]: QuestionTally[K] };

const bump = (counts: Counts, key: string | number) => void (counts[key] = (counts[key] ?? 0) + 1);

/** Aggregates session outcomes in one streaming pass (a generator keeps memory flat). */
export function aggregateOutcomes(outcomes: Iterable<SessionOutcome>): SweepAggregate {
  // counts in place for speed; the result is put in canonical key order before it leaves
  let runs = 0;
  const seats: Record<string, MutableSeat> = {};
  const questions: Record<string, MutableQuestion> = {};
  for (const outcome of outcomes) {
    runs++;
    outcome.seats.forEach((seat, order) => countSeat(seats, seat, order));
    outcome.questions.forEach((question, order) => {
      const key = questionKey(question.item, question.amendment);
      const { item, amendment, title } = question;
      const tally = (questions[key] ??= { item, amendment, title, order, runs: 0, adopted: 0 });
      tally.order = Math.min(tally.order, order);
      tally.runs++;
      if (question.decision === 'adopted') tally.adopted++;
    });
  }
  return mergeAggregates(EMPTY_AGGREGATE, { runs, seats, questions });
}

function countSeat(seats: Record<string, MutableSeat>, seat: SeatOutcome, order: number): void {
  const key = `${seat.item}#${seat.seat}`;
  const tally = (seats[key] ??= { item: seat.item, seat: seat.seat, post: seat.post, regions: {}, order, runs: 0, wins: {}, vacant: 0, noCandidate: 0, lots: 0, ballots: {}, shares: {} });
  tally.order = Math.min(tally.order, order);
  tally.runs++;
  bump(tally.regions, seat.region ?? 'none');
  if (seat.winner !== null) bump(tally.wins, seat.winner);
  else if (seat.ballots === 0) tally.noCandidate++;
  else tally.vacant++;
  if (seat.lots) tally.lots++;
  bump(tally.ballots, seat.ballots);
  const decisive = seat.decisive;
  if (decisive === null || decisive.expressed <= 0) return;
  for (const [candidate, votes] of Object.entries(decisive.votes)) bump((tally.shares[candidate] ??= {}), Math.floor((100 * votes) / decisive.expressed));
}

/** Adds two aggregates; associative and commutative, with keys in a canonical order. */
export function mergeAggregates(a: SweepAggregate, b: SweepAggregate): SweepAggregate {
  return { runs: a.runs + b.runs, seats: mergeRecords(a.seats, b.seats, mergeSeats, canonicalSeat), questions: mergeRecords(a.questions, b.questions, mergeQuestions) };
}

function canonicalSeat(tally: SeatTally): SeatTally {
  return { ...tally, regions: addCounts(tally.regions, {}), wins: addCounts(tally.wins, {}), ballots: addCounts(tally.ballots, {}), shares: mergeRecords(tally.shares, {}, addCounts, (x) => addCounts(x, {})) };
}

function mergeSeats(a: SeatTally, b: SeatTally): SeatTally {
  return {
    ...a,
    order: Math.min(a.order, b.order),
    regions: addCounts(a.regions, b.regions),
    runs: a.runs + b.runs,
    wins: addCounts(a.wins, b.wins),
    vacant: a.vacant + b.vacant,
    noCandidate: a.noCandidate + b.noCandidate,
    lots: a.lots + b.lots,
    ballots: addCounts(a.ballots, b.ballots),
    shares: mergeRecords(a.shares, b.shares, addCounts, (x) => addCounts(x, {})),
  };
}

function mergeQuestions(a: QuestionTally, b: QuestionTally): QuestionTally {
  return { ...a, order: Math.min(a.order, b.order), runs: a.runs + b.runs, adopted: a.adopted + b.adopted };
}

function addCounts(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): Record<string, number> {
  return mergeRecords(a, b, (x, y) => x + y);
}

/** Merges two records key by key, in sorted key order; a value on one side only goes through `single`. */
function mergeRecords<T>(
  a: Readonly<Record<string, T>>,
  b: Readonly<Record<string, T>>,
  merge: (x: T, y: T) => T,
  single: (x: T) => T = (x) => x,
): Record<string, T> {
  const merged: Record<string, T> = {};
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const x = a[key];
    const y = b[key];
    merged[key] = x === undefined ? single(y!) : y === undefined ? single(x) : merge(x, y);
  }
  return merged;
}
