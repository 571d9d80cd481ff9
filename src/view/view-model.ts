/**
 * The screen's contract with the session machine: everything the TUI shows, ready-made.
 * The integrator's pure selectors (`selectSessionView(snapshot)`) produce exactly these values;
 * ui/ components render them and never compute a procedure, a threshold or a decision.
 * Types only: this module imports nothing but domain types and the ballot panel's (`ballot-view-model.ts`).
 */
import type { Post } from '../domain/election.js';
import type { ItemId, MemberCode, Region } from '../domain/ids.js';
import type { VoteChoice } from '../domain/vote.js';

export type { ItemStatus } from '../domain/agenda.js';
import type { ItemStatus } from '../domain/agenda.js';
import type { BallotPanelView, RoundView } from './ballot-view-model.js';

export interface HeaderView {
  /** Ordinal number of the session, e.g. 93. */
  readonly sessionNumber: number;
  /** Venue as printed, e.g. "Marrakech, Morocco". */
  readonly venue: string;
  /** 1-based session day and the number of days. */
  readonly dayNumber: number;
  readonly dayCount: number;
  /** Date of the day as printed, e.g. "Thu 27 Nov 2025". */
  readonly dateLabel: string;
  /** The current sitting, e.g. "morning plenary" or "closing". */
  readonly sitting: string;
}

export interface AgendaItemView {
  readonly id: ItemId;
  /** The item's number on the session agenda, e.g. "14". */
  readonly number: string;
  readonly title: string;
  readonly status: ItemStatus;
  /** True for the item the chair is on (at most one). */
  readonly current: boolean;
  /** The status in words where the status word alone would mislead, e.g. "between ballots". */
  readonly note?: string;
  /** 1-based day the item is on. */
  readonly dayNumber: number;
}

/** The agenda of the current day, in agenda order, and of the whole session (the jump list). */
export interface AgendaView {
  readonly dayNumber: number;
  readonly items: readonly AgendaItemView[];
  /** Every item of the session, day by day, for jumping to an item of another day. */
  readonly session: readonly AgendaItemView[];
}

/** The item being dealt with, in detail. */
export interface CurrentItemView {
  readonly id: ItemId;
  readonly number: string;
  readonly title: string;
  /** e.g. "Election · President" or "Resolution · two-thirds majority". */
  readonly kindLabel: string;
  /** The governing text, e.g. "CONST Art 16 §2". */
  readonly citation: string;
  /** Further lines, already phrased (proposer, candidates, the step being taken …). */
  readonly detail: readonly string[];
}

/** One seat of the Executive Committee as it stands (R1.5, R9.1). */
export interface CommitteeSeatView {
  readonly post: Post;
  /** The seat's region; null for the President. */
  readonly region: Region | null;
  /** Holder's name as on the paper (the UI shortens it), or null for an empty seat. */
  readonly holder: string | null;
  readonly member: MemberCode | null;
  /** Year of the session at whose close the term ends (R1.9), or null for an empty seat. */
  readonly termEnds: number | null;
  /** Why the seat is about to change, e.g. "ballot 3 open" or "item 15"; null when settled. */
  readonly pending: string | null;
}

/** The Committee by post and region: the President, then each region's Vice-President and Delegates. */
export interface CommitteeView {
  readonly president: CommitteeSeatView;
  readonly regions: readonly {
    readonly region: Region;
    readonly vicePresident: CommitteeSeatView;
    /** False when the region has no Vice-President seat now: it is the President's continent (R1.5). */
    readonly hasVicePresidentSeat: boolean;
    /** Holders, outgoing ones included until the close (R1.9); more than `delegateSeats` while both sit. */
    readonly delegates: readonly CommitteeSeatView[];
    /** Delegate seats of the region under the rules. */
    readonly delegateSeats: number;
  }[];
}

/** One line of settled history, oldest first; `id` is stable so a line is never redrawn. */
export interface LogEntryView {
  readonly id: string;
  readonly text: string;
}

export interface MemberVoteRowView {
  readonly code: MemberCode;
  readonly name: string;
  readonly choice: VoteChoice;
}

/** Per-member choices of a recorded or roll-call vote; `available: false` carries the reason. */
export interface MemberVotesView {
  readonly available: boolean;
  /** e.g. "secret ballot: only totals are published (R3.3, RPGA Art 39(3))". */
  readonly reason?: string;
  /** The order of the rows in words, e.g. "in French alphabetical order, the order of the roll call (R3.2)". */
  readonly order?: string;
  /** e.g. "ballot open: 87 of 170 delegations have voted"; absent once the vote is closed. */
  readonly progress?: string;
  readonly rows: readonly MemberVoteRowView[];
}

export interface StatusView {
  readonly message: string;
  readonly kind: 'info' | 'warning' | 'error';
}

/** Everything the session screen shows, produced by one selector over the machine snapshot. */
export interface SessionView {
  readonly header: HeaderView;
  readonly agenda: AgendaView;
  readonly currentItem: CurrentItemView | null;
  readonly ballot: BallotPanelView | null;
  /** Earlier ballots of the current election, oldest first (empty outside elections). */
  readonly rounds: readonly RoundView[];
  readonly committee: CommitteeView;
  readonly log: readonly LogEntryView[];
  /** Null when no vote has been taken on the current item. */
  readonly memberVotes: MemberVotesView | null;
  /** A message from the machine, e.g. "stepped back: replayed 41 of 42 steps" or a rejected event. */
  readonly status: StatusView | null;
  /** True once the session is closed: stepping keys do nothing more. */
  readonly finished: boolean;
}
