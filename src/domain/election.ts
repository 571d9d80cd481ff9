import type { CandidateId, Citation, MemberCode, Region } from './ids.js';
import type { Announcement, CandidateTally, Tally, Threshold, TrailStep } from './vote.js';

/** An elective post on the Executive Committee (R1.5). */
export type Post = 'president' | 'vice-president' | 'delegate';

/** A validated nomination (R4.3, R4.4). */
export interface Candidate {
  readonly id: CandidateId;
  readonly name: string;
  /** In capitals, e.g. "WANG" (person-name.ts); from the scenario or derived from `name`. */
  readonly familyName?: string;
  /** Family name first, e.g. "WANG Yong", as ballots and minutes print it. */
  readonly displayName?: string;
  /** The member whose delegation the nominee belongs to. */
  readonly member: MemberCode;
  readonly region: Region;
  /** The member that nominated the candidate; normally the same as `member`. */
  readonly nominatedBy: MemberCode;
}

/** A seat held on the Executive Committee. */
export interface Seat {
  readonly post: Post;
  /** The VP's or Delegate's region; for the President, the holder's region. */
  readonly region: Region;
  readonly holder: string;
  readonly member: MemberCode;
  readonly elected: number;
  /** Year of the session at whose close the term ends (R1.9). */
  readonly termEnds: number;
}

/** The Executive Committee as a list of seats; an empty seat is simply absent. */
export interface Committee {
  readonly seats: readonly Seat[];
}

/** A tie broken by an extra ballot or by lots drawn with the seeded generator (R4.11). */
export interface TieBreakStep {
  readonly kind: 'extra-ballot' | 'lots';
  readonly candidates: readonly CandidateId[];
  /** For lots: the candidate drawn (the winner, or the one dropped when breaking a tie for last place). */
  readonly drawn?: CandidateId;
  readonly purpose: 'elect' | 'eliminate';
  readonly citation: Citation;
}

export type BallotOutcome = 'elected' | 'no-majority' | 'tie' | 'rejected' | 'vacant';

/** One ballot of an election, explaining itself (principle 3). */
export interface BallotRound {
  readonly ballot: number;
  /** The candidates on the paper, in the Elections Board's alphabetical order (R4.6). */
  readonly candidates: readonly CandidateId[];
  /** A single candidate is voted yes/no; then `yesNo` holds the counts and `tally` is absent. */
  readonly tally?: CandidateTally;
  readonly yesNo?: Tally;
  readonly threshold: Threshold;
  readonly announcement: Announcement;
  readonly outcome: BallotOutcome;
  readonly elected: readonly CandidateId[];
  readonly eliminated: readonly CandidateId[];
  readonly tieBreaks: readonly TieBreakStep[];
  readonly trail: readonly TrailStep[];
}

/** A whole election: every round, who was elected, and any seat left vacant with the reason. */
export interface ElectionResult {
  readonly post: Post;
  readonly region: Region | null;
  readonly seats: number;
  readonly rounds: readonly BallotRound[];
  readonly elected: readonly CandidateId[];
  readonly vacant: number;
  readonly vacancyReason: string | null;
}
