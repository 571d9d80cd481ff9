import type { Committee, Post } from '../domain/election.js';
import type { CandidateId, MemberCode, Region } from '../domain/ids.js';
import type { ExcludedMember, MemberStanding } from '../domain/member.js';
import type { VoteMethod } from '../domain/vote.js';
import type { RecordedChoices } from '../domain/choices.js';
import type { ElectionProgress } from '../domain/election-progress.js';
import { createRng, type RngState } from '../random/seeded-rng.js';
import type { DayElectorates } from '../rules/day-electorates.js';
import type { ElectionTarget, NomineeExclusion } from '../rules/election/seats.js';
import type { SessionSetup } from '../scenario/session-setup.js';
import { emptyList, type AppendOnly } from '../record/append-only.js';
import type { MotionKind } from './events.js';
import type { BallotSubject, BallotTrace, LogEntry, QuorumRecord, SessionRecord } from '../record/record.js';

import type { ItemStatus } from '../domain/agenda.js';

/** A ballot while it is open: the electorate is frozen when it opens (R2.1, issue 3). */
export interface OpenBallot {
  readonly id: string;
  readonly item: number;
  readonly subject: BallotSubject;
  readonly method: VoteMethod;
  readonly secret: boolean;
  readonly electorate: readonly MemberCode[];
  /** Every other member of the Organization, with the reason it may not vote in this ballot. */
  readonly excluded: readonly ExcludedMember[];
  /** For elections: the candidates on the paper (R4.6: alphabetical). */
  readonly paper: readonly CandidateId[];
  /** Per-member choices aligned with `electorate`, for recorded votes and roll calls only (never for secret ballots, R3.3); '' until someone votes. */
  choices: RecordedChoices;
  /** The tellers' counts, for secret ballots and shows of hands. */
  counts: { counts: Record<string, number>; abstain: number; invalid: number } | null;
  /** Members objecting to a decision by consensus. */
  objections: readonly MemberCode[];
  /** The scripted result the figures came from (index in `setup.scripts`), or null when drawn. */
  script: number | null;
}

/** The election item under way. */
export interface ElectionInProgress {
  readonly item: number;
  readonly targets: readonly ElectionTarget[];
  target: number;
  progress: ElectionProgress | null;
  withdrawn: CandidateId[];
  /** Nominees kept off the current seat's paper (the Elections Board, the composition rules, earlier seats). */
  excluded: NomineeExclusion[];
  /** The current seat's first ballot paper. */
  paper: CandidateId[];
  /** Each ballot of the current seat so far: its key, electorate and scripted result. */
  ballots: BallotTrace[];
}

/** A rejected event: a coded reason the UI shows; the snapshot is otherwise unchanged (principle 10). */
export interface Rejection {
  readonly code: string;
  readonly event: string;
  readonly message: string;
}

/** The machine's context: plain serialisable data, updated only through `produceContext` (principle 9). */
export interface SessionContext {
  readonly setup: SessionSetup;
  seed: number;
  rng: RngState;
  day: number;
  /** Index of the current (or last) agenda item. */
  item: number;
  statuses: ItemStatus[];
  standings: MemberStanding[];
  /** Who may vote each day under `standings`: the setup's until a ruling, an admission or a waiver changes them. */
  electorates: readonly DayElectorates[];
  totalMembers: number;
  committee: Committee;
  /** Seats vacated during the session because their holder moved up (Q7). */
  reopened: { post: Post; region: Region; termEnds: number }[];
  ballot: OpenBallot | null;
  appeal: OpenBallot | null;
  election: ElectionInProgress | null;
  /** Amendments still to be put, furthest removed first (R6.8), and those adopted. */
  amendments: { pending: string[]; adopted: string[] };
  motions: { motion: MotionKind; member: MemberCode }[];
  /** Items carried over for want of a quorum (Q1), with the day they were carried from. */
  carried: { item: number; day: number }[];
  debateClosed: boolean;
  pointOfOrder: { member: MemberCode; aboutVoting: boolean; ruling: 'upheld' | 'rejected' | null } | null;
  /** The append-only record (read through `recordsOf`, `quorumChecksOf`, `logOf`): closed ballots, */
  records: AppendOnly<SessionRecord>;
  /** every quorum check taken, in order (only when a quorum rule applies, Q1), */
  quorum: AppendOnly<QuorumRecord>;
  /** and the log of settled history. */
  log: AppendOnly<LogEntry>;
  lastRejection: Rejection | null;
  rejections: number;
  /** Number of accepted events. */
  seq: number;
}

/** The context when the session machine starts. */
export function createInitialContext(setup: SessionSetup, seed: number): SessionContext {
  return {
    setup,
    seed,
    rng: createRng(seed),
    day: 0,
    item: 0,
    statuses: setup.items.map((item) => (item.proposedBy === undefined ? 'pending' : 'proposed')),
    // shared with the setup until a ruling, an admission or a waiver replaces them: same electorates
    standings: setup.standings as MemberStanding[],
    electorates: setup.electorates,
    totalMembers: setup.totalMembers,
    committee: setup.committee,
    reopened: [],
    ballot: null,
    appeal: null,
    election: null,
    amendments: { pending: [], adopted: [] },
    motions: [],
    carried: [],
    debateClosed: false,
    pointOfOrder: null,
    records: emptyList(),
    quorum: emptyList(),
    log: emptyList(),
    lastRejection: null,
    rejections: 0,
    seq: 0,
  };
}
