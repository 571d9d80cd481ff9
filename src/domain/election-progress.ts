import type { Candidate, BallotRound, Post } from './election.js';
import type { CandidateId, Region } from './ids.js';
import type { CandidateTally, Tally } from './vote.js';

/** A ballot with a single candidate on the paper: a yes/no vote on that candidate (R4.8). */
export interface YesNoBallot {
  readonly kind: 'yes-no';
  readonly candidate: CandidateId;
  readonly tally: Tally;
}

/** The counts of one election ballot: a candidate tally, or a yes/no tally when one candidate stands. */
export type BallotCounts = CandidateTally | YesNoBallot;

/** What an election starts from: the post, its region, the seats and the valid nominations. */
export interface ElectionInput {
  readonly post: Post;
  readonly region: Region | null;
  readonly seats: number;
  readonly candidates: readonly Candidate[];
}

/** A multi-ballot election in progress, as plain serialisable data stepped one ballot at a time. */
export interface ElectionProgress {
  readonly post: Post;
  readonly region: Region | null;
  readonly seats: number;
  /** Candidates still standing, alphabetical by name (R4.6); the next ballot paper. */
  readonly candidates: readonly Candidate[];
  readonly rounds: readonly BallotRound[];
  readonly elected: readonly CandidateId[];
  /** Ballots held since the last seat was filled or left vacant; drives R4.9 and `maxBallots`. */
  readonly seatBallot: number;
  /** Consecutive ballots ending in a tie between the same candidates (R4.11). */
  readonly tieBallots: number;
  readonly status: 'balloting' | 'complete';
  readonly vacant: number;
  readonly vacancyReason: string | null;
}
