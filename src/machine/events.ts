import type { CandidateId, ItemId, MemberCode } from '../domain/ids.js';
import type { VoteChoice, VoteMethod } from '../domain/vote.js';
import type { MotionKind as RuleMotionKind } from '../rules/motions.js';

/**
 * Events of the session machine, named by who sends them (principle 8). A whole ballot may arrive
 * as one event (`delegation.castBallot` for recorded votes, `tellers.reportCount` for secret
 * ballots and shows of hands); single recorded votes are accepted too, for interactive use.
 * Secret ballots never carry a member's choice: only the tellers' counts (R3.3, R3.6).
 */

/** Procedural motions a delegation may move (R6.4); points of order and appeals have their own events. */
export type MotionKind = Exclude<RuleMotionKind, 'point-of-order' | 'appeal'>;

export type ChairEvent =
  | { type: 'chair.openSession' }
  | { type: 'chair.openItem'; item?: ItemId }
  | { type: 'chair.putToVote'; method?: VoteMethod }
  | { type: 'chair.closeBallot' }
  | { type: 'chair.closeItem' }
  | { type: 'chair.putMotion' }
  | { type: 'chair.resumeSitting' }
  | { type: 'chair.ruleOnPointOfOrder'; ruling: 'upheld' | 'rejected' }
  | { type: 'chair.decideCredentials'; member: MemberCode; ruling: 'accepted' | 'refused' }
  | { type: 'chair.adjournDay' }
  | { type: 'chair.openDay' }
  | { type: 'chair.closeSession' };

export type DelegationEvent =
  | { type: 'delegation.castVote'; member: MemberCode; choice: VoteChoice }
  | { type: 'delegation.castBallot'; votes: Readonly<Record<MemberCode, VoteChoice>>; script?: number }
  | { type: 'delegation.objectToConsensus'; member: MemberCode }
  | { type: 'delegation.moveMotion'; member: MemberCode; motion: MotionKind }
  | { type: 'delegation.raisePointOfOrder'; member: MemberCode; aboutVoting: boolean }
  | { type: 'delegation.appeal'; member: MemberCode }
  | { type: 'delegation.withdrawCandidate'; candidate: CandidateId };

export type TellersEvent = {
  type: 'tellers.reportCount';
  /** `yes`/`no`, or candidate ids, with their votes. */
  counts: Readonly<Record<string, number>>;
  abstain: number;
  invalid: number;
  /** When the figures are a scenario's scripted result: its index in `voting.scripted`. */
  script?: number;
};

/**
 * Headless runs only: the chair takes the next agenda item whole, from its opening to its close, in
 * one event that runs the same recipes and guards as the item's own events, with the voters the
 * engine was made with (`createEngine`). It carries nothing, so it stays serialisable, but it is
 * never journaled: a journal records the item's own events (issue 15).
 */
export type HeadlessEvent = { type: 'chair.takeItem' };

export type SessionEvent = ChairEvent | DelegationEvent | TellersEvent | HeadlessEvent;
/** What a journal records: every event but the headless run's. */
export type JournalEvent = Exclude<SessionEvent, HeadlessEvent>;
export type SessionEventType = JournalEvent['type'];
