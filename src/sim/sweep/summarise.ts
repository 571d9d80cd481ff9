import type { CandidateId, ItemId, Region } from '../../domain/ids.js';
import type { Post } from '../../domain/election.js';
import type { QuestionTally, SeatTally, SweepAggregate } from './aggregate.js';
import { round4, wilsonEstimate, type Estimate } from './wilson.js';

export interface CandidateEstimate extends Estimate {
  readonly candidate: CandidateId;
}

export interface BallotShare {
  readonly ballots: number;
  readonly count: number;
  readonly p: number;
}

export interface SeatSummary {
  readonly item: ItemId;
  readonly seat: number;
  readonly post: Post;
  readonly region: Region | null;
  readonly runs: number;
  /** By decreasing wins, then id. */
  readonly candidates: readonly CandidateEstimate[];
  readonly vacant: Estimate;
  readonly lots: Estimate;
  readonly ballots: readonly BallotShare[];
  readonly meanBallots: number;
}

export interface QuestionSummary {
  readonly item: ItemId;
  readonly amendment: string | null;
  readonly title: string;
  readonly runs: number;
  readonly adopted: Estimate;
}

/** A sweep's result as probabilities with 95% Wilson intervals, in agenda order. */
export interface SweepSummary {
  readonly runs: number;
  readonly seats: readonly SeatSummary[];
  readonly questions: readonly QuestionSummary[];
}

/** Turns integer counts into probabilities, intervals and distributions. */
export function summarise(aggregate: SweepAggregate): SweepSummary {
  return {
    runs: aggregate.runs,
    seats: inOrder(aggregate.seats).map(summariseSeat),
    questions: inOrder(aggregate.questions).map((tally: QuestionTally) => ({
      item: tally.item,
      amendment: tally.amendment,
      title: tally.title,
      runs: tally.runs,
      adopted: wilsonEstimate(tally.adopted, tally.runs),
    })),
  };
}

function summariseSeat(tally: SeatTally): SeatSummary {
  const candidates = Object.entries(tally.wins)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([candidate, wins]) => ({ candidate, ...wilsonEstimate(wins, tally.runs) }));
  const ballots = Object.entries(tally.ballots)
    .map(([ballots, count]) => ({ ballots: Number(ballots), count, p: round4(count / tally.runs) }))
    .sort((a, b) => a.ballots - b.ballots);
  const total = ballots.reduce((sum, share) => sum + share.ballots * share.count, 0);
  return {
    item: tally.item,
    seat: tally.seat,
    post: tally.post,
    region: tally.region,
    runs: tally.runs,
    candidates,
    vacant: wilsonEstimate(tally.vacant, tally.runs),
    lots: wilsonEstimate(tally.lots, tally.runs),
    ballots,
    meanBallots: round4(total / tally.runs),
  };
}

function inOrder<T extends { readonly order: number }>(record: Readonly<Record<string, T>>): T[] {
  return Object.entries(record)
    .sort(([a, x], [b, y]) => x.order - y.order || (a < b ? -1 : 1))
    .map(([, value]) => value);
}
