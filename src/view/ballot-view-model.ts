/**
 * The ballot panel's part of the view model: the announcement (R3.7), the bars, the threshold line
 * and the earlier ballots of an election. Types only, like `view-model.ts`.
 */
import type { MemberCode } from '../domain/ids.js';
import type { VoteMethod } from '../domain/vote.js';

/** Keys of the announcement lines, in the order the President reads them (R3.7, RPGA Art 40(4)). */
export type AnnouncementKey = 'entitled' | 'abstentions' | 'invalid' | 'expressed' | 'majority-required';

export interface AnnouncementLineView {
  readonly key: AnnouncementKey;
  /** e.g. "Members entitled to vote". */
  readonly label: string;
  /** Null while the ballot is open and the figure is not known yet (shown as "—"). */
  readonly value: number | null;
}

export type BarMarker = 'elected' | 'eliminated' | 'adopted' | 'rejected';

/** One bar: "Yes"/"No" for a question, or a candidate (full name; the UI shortens it). */
export interface BarView {
  readonly label: string;
  /** The candidate's member country; absent for yes/no bars. */
  readonly member?: MemberCode;
  readonly votes: number;
  readonly marker?: BarMarker;
}

/** The open ballot, or the last one closed on the current item. */
export interface BallotPanelView {
  /** e.g. "Ballot 3" or "Vote on the draft resolution". */
  readonly title: string;
  readonly method: VoteMethod;
  readonly secret: boolean;
  /** e.g. "simple majority (from ballot 3)" or "two-thirds of votes expressed". */
  readonly majorityLabel: string;
  /** Exactly five lines in R3.7 order: entitled, abstentions, invalid, expressed, majority required. */
  readonly announcement: readonly AnnouncementLineView[];
  /** Yes then no, or candidates in decreasing order of votes (R3.7). */
  readonly bars: readonly BarView[];
  /** Votes needed to carry or elect: where the threshold line is drawn. */
  readonly threshold: number;
  /** The largest vote count on the paper (0 before any vote). */
  readonly maxVotes: number;
  /** e.g. "needed 83 · got 84 · margin +1" or "needed 110 · got 81 · missing 29". */
  readonly neededLine: string;
  /** The decision as announced, or null while the ballot is open. */
  readonly outcome: string | null;
  readonly open: boolean;
  /** Training mode: the decision is hidden until the trainee answers (no threshold, "?" for the majority). */
  readonly masked?: boolean;
}

/** One earlier ballot of the current election, e.g. { ballot: 1, summary: "no two-thirds (110 needed; max 78)" }. */
export interface RoundView {
  readonly ballot: number;
  readonly summary: string;
}
