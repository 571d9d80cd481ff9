import type { RecordedChoices } from './choices.js';
import type { Candidate } from './election.js';
import type { CandidateId, ItemId, MemberCode } from './ids.js';
import type { VoteChoice, VoteMethod } from './vote.js';

/** What the machine asks the voters for when a ballot opens (the simulation's input). */
export interface BallotRequest {
  readonly item: ItemId;
  /** The agenda item's kind, e.g. `budget` or `election` (behaviour `byKind` positions). */
  readonly itemKind: string;
  /** For a vote on an amendment; null for the proposal itself or an election. */
  readonly amendment: string | null;
  /** For the vote placing an urgent additional item on the agenda (R5.5): that item's id; else null. */
  readonly additionalItem: string | null;
  /**
   * For a procedural motion (`motion:suspend`, …) or an appeal (`appeal`) put on the item: a ballot
   * of its own, which no scripted result designates; null for the item's own questions.
   */
  readonly procedural: string | null;
  /** How the vote is taken (R3.1–R3.5): only a secret ballot has papers that can be spoiled. */
  readonly method: VoteMethod;
  /** A question (yes/no) or an election between candidates. */
  readonly kind: 'question' | 'election';
  /** Secret ballots are reported as counts only (R3.3). */
  readonly secret: boolean;
  /** The electorate frozen when the ballot opened, in a stable order. */
  readonly electorate: readonly MemberCode[];
  /** For elections: the candidates on the paper; a single candidate is a yes/no vote. */
  readonly paper: readonly Candidate[];
  /** For elections: every candidate nominated for the item and still contending (not elected to an earlier seat of it), for transfers of support and a sole candidate's yes share. */
  readonly nominated: readonly Candidate[];
  /** 1-based seat and ballot numbers within the item. */
  readonly seat: number;
  readonly ballot: number;
}

/** Per-member choices, for a recorded vote or roll call: one letter per member of the request's electorate, in its order. */
export interface RecordedBallot {
  readonly kind: 'recorded';
  readonly choices: RecordedChoices;
  /** The scenario's scripted result these votes come from (index in `voting.scripted`), if any. */
  readonly script?: number;
}

/** Anonymous counts, for a secret ballot: `yes`/`no` or candidate ids, plus blank and spoiled papers. */
export interface CountedBallot {
  readonly kind: 'counts';
  readonly counts: Readonly<Record<'yes' | 'no' | CandidateId, number>>;
  readonly abstain: number;
  readonly invalid: number;
  /** The scenario's scripted result these counts come from (index in `voting.scripted`), if any. */
  readonly script?: number;
}

export type BallotResponse = RecordedBallot | CountedBallot;
