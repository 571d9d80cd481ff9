import type { Candidate, ElectionResult, Post } from '../domain/election.js';
import type { CandidateId, MemberCode, Region } from '../domain/ids.js';
import type { Electorate } from '../domain/member.js';
import type { QuestionResult, RecordedVotes, VoteMethod } from '../domain/vote.js';
import { votesOfChoices, type RecordedChoices } from '../domain/choices.js';
import type { NomineeExclusion } from '../rules/election/seats.js';
import type { QuorumCheck, QuorumStage } from '../rules/quorum.js';
import { entriesOf, type AppendOnly } from './append-only.js';
import type { BallotSubject } from './subject.js';

// The session's record: what each closed ballot, quorum check and settled event leaves behind. The
// context keeps it append-only (`records`, `quorum`, `log`); minutes, views, training and outcomes
// read it through `recordsOf`, `quorumChecksOf` and `logOf`, so that how it is kept can change.

export type { BallotSubject } from './subject.js';

/**
 * What the record keeps of every closed ballot besides its result: the key a scripted result
 * designates it by, who could vote (R2.1, R2.8), and the scripted result its figures came from.
 */
export interface BallotTrace {
  readonly key: string;
  readonly electorate: Electorate;
  /** Index in `setup.scripts`, or null when the voters' figures were drawn. */
  readonly script: number | null;
}

/** A decided question, explaining itself, as the minutes report it. */
export interface QuestionRecord {
  readonly kind: 'question';
  readonly ballot: string;
  readonly item: number;
  /** The session day (0-based) the decision was taken on. */
  readonly day: number;
  readonly subject: BallotSubject;
  readonly method: VoteMethod;
  /** The ballot's key, who could vote and why the others could not (R2.1, R2.8), its script. */
  readonly trace: BallotTrace;
  /** Null for a decision by consensus, which has no counts. */
  readonly result: QuestionResult | null;
  readonly decision: 'adopted' | 'rejected' | 'no-consensus';
  /** Per-member choices of a recorded vote or roll call, aligned with `trace.electorate.entitled`; absent for secret ballots and counts (read them with `recordedVotesOf`). */
  readonly choices?: RecordedChoices;
}

export type { NomineeExclusion } from '../rules/election/seats.js';

/** One seat's (or one multi-seat ballot's) election, with every round. */
export interface ElectionRecord {
  readonly kind: 'election';
  readonly item: number;
  /** The session day (0-based) the seat's election ended on. */
  readonly day: number;
  readonly seat: number;
  readonly post: Post;
  readonly region: Region | null;
  /** Every nomination received for the item (R4.5). */
  readonly candidates: readonly Candidate[];
  /** The seat's ballot paper as the Elections Board listed it (R4.6, R4.8): valid nominees still standing. */
  readonly paper: readonly CandidateId[];
  /** The other nominees, each with the reason it is not on the paper. */
  readonly excluded: readonly NomineeExclusion[];
  /** Each ballot's key, electorate and scripted result, in the order of `result.rounds`. */
  readonly ballots: readonly BallotTrace[];
  readonly result: ElectionResult;
  /** Whether the seat had been reopened during the session (Q7). */
  readonly reopened: boolean;
}

/** A quorum check (Q1, R2.10): to open a sitting, or before a decision on an item. */
export interface QuorumRecord {
  readonly kind: 'quorum';
  readonly stage: QuorumStage;
  readonly day: number;
  /** The item about to be decided; null for the opening of a sitting. */
  readonly item: number | null;
  readonly check: QuorumCheck;
}

export type SessionRecord = QuestionRecord | ElectionRecord;

/** One line of settled history. */
export interface LogEntry {
  readonly seq: number;
  readonly day: number;
  readonly text: string;
}

/** Every closed ballot so far (questions and elections), in order. */
export function recordsOf(ctx: { readonly records: AppendOnly<SessionRecord> }): readonly SessionRecord[] {
  return entriesOf(ctx.records);
}

/** Every quorum check taken so far, in order (Q1). */
export function quorumChecksOf(ctx: { readonly quorum: AppendOnly<QuorumRecord> }): readonly QuorumRecord[] {
  return entriesOf(ctx.quorum);
}

/** The log of settled history, in order. */
export function logOf(ctx: { readonly log: AppendOnly<LogEntry> }): readonly LogEntry[] {
  return entriesOf(ctx.log);
}

/** Per-member choices of a recorded vote or roll call, in the electorate's order; undefined for a secret ballot, a count or a consensus (R3.2, R3.3). */
export function recordedVotesOf(record: QuestionRecord): RecordedVotes | undefined {
  return record.choices === undefined ? undefined : votesOfChoices(record.trace.electorate.entitled, record.choices);
}
