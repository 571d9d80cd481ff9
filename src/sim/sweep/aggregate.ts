import type { CandidateId, ItemId, Region } from '../../domain/ids.js';
import type { Post } from '../../domain/election.js';
import type { SessionOutcome } from '../outcome.js';

/** Integer counts for one seat of one election over the runs that held it. */
export interface SeatTally {
  readonly item: ItemId;
  readonly seat: number;
  readonly post: Post;
  readonly region: Region | null;
  /** Smallest position of the seat in a run's outcome: orders the report as the agenda does. */
  readonly order: number;
  readonly runs: number;
  readonly wins: Readonly<Record<CandidateId, number>>;
  readonly vacant: number;
  readonly lots: number;
  /** Number of ballots → runs that took that many. */
  readonly ballots: Readonly<Record<string, number>>;
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

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends Readonly<Record<string, number>> ? Record<string, number> : T[K] };

/** Aggregates session outcomes in one streaming pass (a generator keeps memory flat). */
export function aggregateOutcomes(outcomes: Iterable<SessionOutcome>): SweepAggregate {
  // counts in place for speed; the result is put in canonical key order before it leaves
  let runs = 0;
  const seats: Record<string, Mutable<SeatTally>> = {};
  const questions: Record<string, Mutable<QuestionTally>> = {};
  for (const outcome of outcomes) {
    runs++;
    outcome.seats.forEach((seat, order) => {
      const key = `${seat.item}#${seat.seat}`;
      const { item, post, region } = seat;
      const tally = (seats[key] ??= { item, seat: seat.seat, post, region, order, runs: 0, wins: {}, vacant: 0, lots: 0, ballots: {} });
      tally.order = Math.min(tally.order, order);
      tally.runs++;
      if (seat.winner === null) tally.vacant++;
      else tally.wins[seat.winner] = (tally.wins[seat.winner] ?? 0) + 1;
      if (seat.lots) tally.lots++;
      tally.ballots[seat.ballots] = (tally.ballots[seat.ballots] ?? 0) + 1;
    });
    outcome.questions.forEach((question, order) => {
      const key = question.amendment === null ? question.item : `${question.item}/${question.amendment}`;
      const { item, amendment, title } = question;
      const tally = (questions[key] ??= { item, amendment, title, order, runs: 0, adopted: 0 });
      tally.order = Math.min(tally.order, order);
      tally.runs++;
      if (question.decision === 'adopted') tally.adopted++;
    });
  }
  return mergeAggregates(EMPTY_AGGREGATE, { runs, seats, questions });
}

/** Adds two aggregates; associative and commutative, with keys in a canonical order. */
export function mergeAggregates(a: SweepAggregate, b: SweepAggregate): SweepAggregate {
  return { runs: a.runs + b.runs, seats: mergeRecords(a.seats, b.seats, mergeSeats, canonicalSeat), questions: mergeRecords(a.questions, b.questions, mergeQuestions) };
}

function canonicalSeat(tally: SeatTally): SeatTally {
  return { ...tally, wins: addCounts(tally.wins, {}), ballots: addCounts(tally.ballots, {}) };
}

function mergeSeats(a: SeatTally, b: SeatTally): SeatTally {
  return {
    ...a,
    order: Math.min(a.order, b.order),
    runs: a.runs + b.runs,
    wins: addCounts(a.wins, b.wins),
    vacant: a.vacant + b.vacant,
    lots: a.lots + b.lots,
    ballots: addCounts(a.ballots, b.ballots),
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
