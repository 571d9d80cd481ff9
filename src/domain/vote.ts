import * as z from 'zod';
import type { CandidateId, Citation, MemberCode } from './ids.js';

/**
 * A ballot paper on a proposal. A blank paper is an abstention (Q14); a spoiled one is invalid.
 * Each enum below is the one source of its concept: the types, the scenario and journal schemas,
 * the run result's schema and the property-test arbitraries all derive from it.
 */
export const VoteChoiceSchema = z.enum(['yes', 'no', 'abstain', 'invalid']);
export type VoteChoice = z.infer<typeof VoteChoiceSchema>;

/** How a vote is taken (R3.1, R3.2, R3.4). */
export const VoteMethodSchema = z.enum(['electronic-recorded', 'secret', 'show-of-hands', 'roll-call', 'consensus']);
export type VoteMethod = z.infer<typeof VoteMethodSchema>;

/**
 * The majority a question needs (R2.2–R2.6, Q3, Q4):
 * - `simple`: more yes than no among votes expressed (CONST Art 14, R2.3)
 * - `two-thirds-present-voting`: 3*yes >= 2*(yes+no) (R2.5, Q3)
 * - `two-thirds-all-members`: 3*yes >= 2*members of the Organization (R2.6)
 * - `majority-all-members`: 2*yes > members of the Organization (R2.4)
 * - `plurality`: most votes wins; a rule-designer variant, never an INTERPOL default
 */
export const MajorityRuleSchema = z.enum(['simple', 'two-thirds-present-voting', 'two-thirds-all-members', 'majority-all-members', 'plurality']);
export type MajorityRule = z.infer<typeof MajorityRuleSchema>;

/** Counts of one ballot on a proposal. `entitled` is the electorate frozen when the ballot opened. */
export interface Tally {
  readonly entitled: number;
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  readonly invalid: number;
}

/** Counts of one election ballot: votes per candidate plus blank and spoiled papers. */
export interface CandidateTally {
  readonly entitled: number;
  readonly abstain: number;
  readonly invalid: number;
  readonly votes: Readonly<Record<CandidateId, number>>;
}

/** The threshold a ballot had to reach, with the integer arithmetic that produced it. */
export interface Threshold {
  readonly majority: MajorityRule;
  /** The number the majority is computed on (votes expressed, members present and voting, or all members). */
  readonly base: number;
  readonly baseLabel: string;
  /** Smallest number of votes that carries the question or elects; always an integer. */
  readonly required: number;
  /** Human-readable arithmetic, e.g. "two-thirds of 165 votes expressed is 110". */
  readonly arithmetic: string;
  readonly citation: Citation;
}

/** One line of a result announcement: a choice or a candidate and its votes. */
export interface AnnouncedCount {
  readonly label: string;
  readonly votes: number;
}

/** A ballot result in the order the President announces it (R3.7, RPGA Art 40(4)). */
export interface Announcement {
  readonly entitled: number;
  readonly abstentions: number;
  readonly invalid: number;
  readonly expressed: number;
  readonly majorityRequired: number;
  /** Yes then no, or each candidate in decreasing order of votes. */
  readonly counts: readonly AnnouncedCount[];
  readonly needed: number;
  readonly got: number;
  /** How many more votes the leading choice needed; 0 when it carried. */
  readonly missing: number;
}

/** One step of reasoning behind a decision, for minutes, the TUI and training feedback. */
export interface TrailStep {
  readonly citation: Citation;
  readonly text: string;
}

export type QuestionDecision = 'adopted' | 'rejected';

/** The decision on a proposal, explaining itself (principle 3). */
export interface QuestionResult {
  readonly tally: Tally;
  readonly threshold: Threshold;
  readonly decision: QuestionDecision;
  /** True when yes equals no; a tie rejects the proposal (Q2). */
  readonly tie: boolean;
  readonly announcement: Announcement;
  readonly trail: readonly TrailStep[];
}

/** Per-member choices of a recorded vote or roll call (never kept for a secret ballot, R3.3). */
export type RecordedVotes = Readonly<Record<MemberCode, VoteChoice>>;
