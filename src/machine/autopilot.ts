import type { SnapshotFrom } from 'xstate';
import type { BallotRequest } from '../domain/ballot-request.js';
import { anyVoted } from '../domain/choices.js';
import type { SessionContext } from './context.js';
import type { SessionEvent } from './events.js';
import { proceduralOf } from '../record/subject.js';
import { recordsOf } from '../record/record.js';
import type { SessionMachine } from './session-machine.js';

export type SessionSnapshot = SnapshotFrom<SessionMachine>;

/** The chart's leaf states, read from the machine's own state-value type (no hand-written list). */
type Leaves<V> = V extends string ? V : V extends object ? { [K in keyof V]: Leaves<V[K]> }[keyof V] : never;

/** Where the session stands, as one word: the innermost state of the chart. */
export type Phase = Leaves<SessionSnapshot['value']>;

/** The innermost state of a snapshot. For what a state is (voting, between items, …) ask `snapshot.hasTag`. */
export function phaseOf(snapshot: SessionSnapshot): Phase {
  let value: unknown = snapshot.value;
  while (typeof value === 'object' && value !== null) value = Object.values(value)[0];
  return value as Phase;
}

/** The ballot the voters are asked for when the open ballot has no votes yet, else null. */
export function ballotRequestOf(ctx: SessionContext): BallotRequest | null {
  const ballot = ctx.appeal ?? ctx.ballot;
  if (ballot === null || ballot.method === 'consensus') return null;
  if (ballot.counts !== null || anyVoted(ballot.choices)) return null;
  const item = ctx.setup.items[ballot.item]!;
  const nominated = (ctx.setup.nominations[item.id] ?? []).map((n) => n.candidate);
  const subject = ballot.subject;
  // a nominee already elected to an earlier seat of the item no longer contends for this one
  const elected = subject.kind === 'election' ? new Set(recordsOf(ctx).flatMap((r) => (r.kind === 'election' && r.item === ballot.item ? r.result.elected : []))) : null;
  return {
    item: item.id,
    itemKind: item.kind,
    amendment: subject.kind === 'amendment' ? subject.amendment : null,
    additionalItem: subject.kind === 'additional-item' ? subject.additional : null,
    procedural: proceduralOf(subject),
    method: ballot.method,
    kind: subject.kind === 'election' ? 'election' : 'question',
    secret: ballot.secret || ballot.method === 'show-of-hands',
    electorate: ballot.electorate,
    paper: ballot.paper.map((id) => nominated.find((c) => c.id === id)!),
    nominated: elected ? nominated.filter((c) => !elected.has(c.id)) : [],
    seat: subject.kind === 'election' ? subject.seat : 1,
    ballot: subject.kind === 'election' ? subject.ballot : 1,
  };
}

const PUT_TO_VOTE: SessionEvent = { type: 'chair.putToVote' };
const PUT_MOTION: SessionEvent = { type: 'chair.putMotion' };

/**
 * In debate or after a result, the chair's next event: a disputed credential first (R5.6), then
 * the vote (none while a motion is pending, R6.5), the motion, or the close; `can` says whether
 * the chart takes an event now. Shared with the headless `chair.takeItem` (take-item.ts).
 */
export function itemStep(ctx: SessionContext, can: (event: SessionEvent) => boolean): SessionEvent {
  if (ctx.setup.items[ctx.item]!.kind === 'credentials') {
    const pending = ctx.setup.credentialRulings.find((r) => ctx.standings.find((s) => s.code === r.member)?.credentials === 'disputed');
    const ruling: SessionEvent | null = pending ? { type: 'chair.decideCredentials', member: pending.member, ruling: pending.ruling } : null;
    if (ruling && can(ruling)) return ruling;
  }
  if (can(PUT_TO_VOTE)) return PUT_TO_VOTE;
  return can(PUT_MOTION) ? PUT_MOTION : { type: 'chair.closeItem' };
}
