import type { CandidateId, ItemId, Region } from '../domain/ids.js';
import type { Post, Seat } from '../domain/election.js';
import type { QuestionDecision } from '../domain/vote.js';

/** The decision on one question of a run (a proposal, an amendment, an additional item …). */
export interface QuestionOutcome {
  readonly item: ItemId;
  /** The amendment voted on, or null for the item's own proposal. */
  readonly amendment: string | null;
  readonly title: string;
  readonly decision: QuestionDecision;
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  readonly invalid: number;
  readonly entitled: number;
}

/** The counts of the ballot that decided a seat: the one that filled it, else the last one held. */
export interface DecisiveBallot {
  readonly ballot: number;
  /** Votes expressed (R2.3): the base of every share. */
  readonly expressed: number;
  /** Votes per candidate on the paper; for a lone candidate (a yes/no vote, R4.8), its yes votes. */
  readonly votes: Readonly<Record<CandidateId, number>>;
}

/** The result of one seat's election in a run. */
export interface SeatOutcome {
  readonly item: ItemId;
  readonly post: Post;
  readonly region: Region | null;
  /** 1-based seat number within the item (seat-by-seat elections). */
  readonly seat: number;
  /** The winner, or null when the seat stayed vacant. */
  readonly winner: CandidateId | null;
  readonly ballots: number;
  readonly vacancyReason: string | null;
  /** Whether lots were drawn (R4.11). */
  readonly lots: boolean;
  /** Null when no ballot was held (no eligible candidate: the seat stays vacant). */
  readonly decisive: DecisiveBallot | null;
}

/** A compact, serialisable summary of one whole session run: what a sweep aggregates. */
export interface SessionOutcome {
  readonly scenario: string;
  readonly seed: number;
  readonly questions: readonly QuestionOutcome[];
  readonly seats: readonly SeatOutcome[];
  /** The Executive Committee after the session (after the change of office, R1.9). */
  readonly committee: readonly Seat[];
}
