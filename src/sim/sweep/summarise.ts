import type { Post } from '../../domain/election.js';
import type { CandidateId, ItemId, MemberCode, Region } from '../../domain/ids.js';
import type { SeatTally, SweepAggregate } from './aggregate.js';
import type { SweepCatalogue } from './catalogue.js';
import { seatLabel, REASON_LABELS, type NotHeldReason } from './labels.js';
import { shareDistribution, type ShareDistribution } from './share.js';
import { summariseQuestions, type QuestionSummary } from './summarise-questions.js';
import { round4, wilsonEstimate, type Estimate } from './wilson.js';

/** A candidate of a seat: names for people, ids for programs, and its chances. */
export interface CandidateSummary {
  readonly id: CandidateId;
  readonly name: string;
  readonly member: MemberCode;
  readonly memberName: string;
  /** Runs in which the candidate took the seat, over all runs (so a candidate who never wins shows its upper bound). */
  readonly wins: Estimate;
  /** Runs in which the candidate was on the seat's decisive ballot (and some vote was expressed). */
  readonly onDecisiveBallot: Estimate;
  /** Its share of the votes expressed on the decisive ballot over those runs; null if never on it. */
  readonly share: ShareDistribution | null;
}

export interface BallotShare {
  readonly ballots: number;
  readonly count: number;
  /** Over the runs in which the seat was held. */
  readonly p: number;
}

export interface SeatSummary {
  readonly item: ItemId;
  readonly seat: number;
  /** The most seats the item fills. */
  readonly seats: number;
  /** What people read: the item's title, the seat, and the region where the scenario leaves it open. */
  readonly label: string;
  readonly title: string;
  readonly post: Post;
  /** The seat's region when it is the same in every run that held it, else null. */
  readonly region: Region | null;
  readonly regions: readonly { readonly region: Region; readonly count: number }[];
  /** All runs of the sweep: every probability below is over them unless it says otherwise. */
  readonly runs: number;
  /** Every nominee, by decreasing wins, then name. */
  readonly candidates: readonly CandidateSummary[];
  /** Held (at least one ballot) and nobody elected. */
  readonly vacant: Estimate;
  /** No ballot took place, for the reasons below. */
  readonly notHeld: Estimate;
  readonly notHeldReasons: readonly { readonly reason: NotHeldReason; readonly label: string; readonly count: number }[];
  readonly lots: Estimate;
  readonly ballots: readonly BallotShare[];
  /** Mean number of ballots over the runs that held the seat (0 when none did). */
  readonly meanBallots: number;
}

export type { QuestionSummary };

/** A sweep's result as probabilities with 95% Wilson intervals, in agenda order, with names. */
export interface SweepSummary {
  readonly format: 'gasim/sweep-summary@1';
  readonly scenario: { readonly id: string; readonly title: string };
  readonly seed: number;
  readonly runs: number;
  readonly seats: readonly SeatSummary[];
  readonly questions: readonly QuestionSummary[];
}

/** Turns integer counts into probabilities, intervals and distributions, labelled from the catalogue. */
export function summarise(aggregate: SweepAggregate, catalogue: SweepCatalogue, seed: number): SweepSummary {
  const runs = aggregate.runs;
  const seats: SeatSummary[] = [];
  const seen = new Set<string>();
  for (const election of catalogue.elections) {
    const numbers = Object.values(aggregate.seats).filter((t) => t.item === election.item).map((t) => t.seat);
    const last = Math.max(election.seats, ...numbers);
    for (let seat = 1; seat <= last; seat++) {
      const key = `${election.item}#${seat}`;
      seen.add(key);
      seats.push(summariseSeat(runs, aggregate.seats[key] ?? emptyTally(election.item, seat, election.post), catalogue, last));
    }
  }
  const others = Object.entries(aggregate.seats).filter(([key]) => !seen.has(key)).sort(([a, x], [b, y]) => x.order - y.order || (a < b ? -1 : 1));
  for (const [, tally] of others) seats.push(summariseSeat(runs, tally, catalogue, tally.seat));
  return { format: 'gasim/sweep-summary@1', scenario: { id: catalogue.scenario, title: catalogue.title }, seed, runs, seats, questions: summariseQuestions(aggregate, catalogue) };
}

function emptyTally(item: ItemId, seat: number, post: Post): SeatTally {
  return { item, seat, post, regions: {}, order: Number.MAX_SAFE_INTEGER, runs: 0, wins: {}, vacant: 0, noCandidate: 0, lots: 0, ballots: {}, shares: {} };
}

function summariseSeat(runs: number, tally: SeatTally, catalogue: SweepCatalogue, seats: number): SeatSummary {
  const election = catalogue.elections.find((e) => e.item === tally.item);
  const known = election?.candidates ?? [];
  const ids = [...new Set([...known.map((c) => c.id), ...Object.keys(tally.wins), ...Object.keys(tally.shares)])];
  const candidates = ids
    .map((id): CandidateSummary => {
      const c = known.find((k) => k.id === id) ?? { id, name: id, member: '', memberName: '' };
      const share = shareDistribution(tally.shares[id] ?? {});
      return { ...c, wins: wilsonEstimate(tally.wins[id] ?? 0, runs), onDecisiveBallot: wilsonEstimate(share?.runs ?? 0, runs), share };
    })
    .sort((a, b) => b.wins.count - a.wins.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const held = tally.runs - tally.noCandidate;
  const ballots = Object.entries(tally.ballots)
    .filter(([n]) => Number(n) > 0)
    .map(([n, count]) => ({ ballots: Number(n), count, p: round4(count / held) }))
    .sort((a, b) => a.ballots - b.ballots);
  const regions = Object.entries(tally.regions)
    .filter(([region]) => region !== 'none')
    .map(([region, count]) => ({ region: region as Region, count }));
  const region = regions.length === 1 ? regions[0]!.region : null;
  const reasons = [
    { reason: 'no-seat' as const, count: runs - tally.runs },
    { reason: 'no-candidate' as const, count: tally.noCandidate },
  ].filter((r) => r.count > 0);
  return {
    item: tally.item,
    seat: tally.seat,
    seats,
    label: seatLabel(election?.title ?? tally.item, tally.seat, seats, election?.region === 'auto' || election === undefined ? regions.map((r) => r.region) : []),
    title: election?.title ?? tally.item,
    post: tally.post,
    region,
    regions,
    runs,
    candidates,
    vacant: wilsonEstimate(tally.vacant, runs),
    notHeld: wilsonEstimate(runs - held, runs),
    notHeldReasons: reasons.map((r) => ({ ...r, label: REASON_LABELS[r.reason] })),
    lots: wilsonEstimate(tally.lots, runs),
    ballots,
    meanBallots: held > 0 ? round4(ballots.reduce((sum, b) => sum + b.ballots * b.count, 0) / held) : 0,
  };
}
