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

/** Aggregates session outcomes in one streaming pass (a generator keeps memory flat). */
export function aggregateOutcomes(outcomes: Iterable<SessionOutcome>): SweepAggregate {
  let aggregate = EMPTY_AGGREGATE;
  for (const outcome of outcomes) aggregate = mergeAggregates(aggregate, aggregateOne(outcome));
  return aggregate;
}

function aggregateOne(outcome: SessionOutcome): SweepAggregate {
  const seats: Record<string, SeatTally> = {};
  outcome.seats.forEach((seat, order) => {
    seats[`${seat.item}#${seat.seat}`] = {
      item: seat.item,
      seat: seat.seat,
      post: seat.post,
      region: seat.region,
      order,
      runs: 1,
      wins: seat.winner === null ? {} : { [seat.winner]: 1 },
      vacant: seat.winner === null ? 1 : 0,
      lots: seat.lots ? 1 : 0,
      ballots: { [seat.ballots]: 1 },
    };
  });
  const questions: Record<string, QuestionTally> = {};
  outcome.questions.forEach((question, order) => {
    const key = question.amendment === null ? question.item : `${question.item}/${question.amendment}`;
    const { item, amendment, title } = question;
    questions[key] = { item, amendment, title, order, runs: 1, adopted: question.decision === 'adopted' ? 1 : 0 };
  });
  return { runs: 1, seats, questions };
}

/** Adds two aggregates; associative and commutative, with keys in a canonical order. */
export function mergeAggregates(a: SweepAggregate, b: SweepAggregate): SweepAggregate {
  return { runs: a.runs + b.runs, seats: mergeRecords(a.seats, b.seats, mergeSeats), questions: mergeRecords(a.questions, b.questions, mergeQuestions) };
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

function mergeRecords<T>(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>, merge: (x: T, y: T) => T): Record<string, T> {
  const merged: Record<string, T> = {};
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const x = a[key];
    const y = b[key];
    merged[key] = x === undefined ? y! : y === undefined ? x : merge(x, y);
  }
  return merged;
}
