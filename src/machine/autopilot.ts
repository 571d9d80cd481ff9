import type { SnapshotFrom } from 'xstate';
import { hasVotes } from '../domain/vote.js';
import type { BallotRequest } from '../domain/ballot-request.js';
import type { SessionContext } from './context.js';
import type { SessionEvent } from './events.js';
import { hasVoteToPut, nextPendingItem } from './procedure/validate.js';
import { proceduralOf } from './procedure/ballots.js';
import { recordsOf } from './record.js';
import type { SessionMachine } from './session-machine.js';

export type SessionSnapshot = SnapshotFrom<SessionMachine>;

/** Where the session stands, as one word. */
export type Phase =
  | 'preSession'
  | 'floor'
  | 'debate'
  | 'voting'
  | 'counted'
  | 'announced'
  | 'suspended'
  | 'pointOfOrder'
  | 'ruled'
  | 'appealVoting'
  | 'adjourned'
  | 'closed';

/** The innermost state of a snapshot. */
export function phaseOf(snapshot: SessionSnapshot): Phase {
  let value: unknown = snapshot.value;
  while (typeof value === 'object' && value !== null) value = Object.values(value)[0];
  return value as Phase;
}

/** What should happen next by the rules of procedure. */
export type NextStep =
  | { readonly kind: 'event'; readonly event: SessionEvent }
  | { readonly kind: 'ballot'; readonly request: BallotRequest }
  | { readonly kind: 'done' };

/** Whether a candidate was already elected to an earlier seat of the item. */
function electedOnItem(ctx: SessionContext, item: number, candidate: string): boolean {
  return recordsOf(ctx).some((r) => r.kind === 'election' && r.item === item && r.result.elected.includes(candidate));
}

/** The ballot the voters are asked for when the open ballot has no votes yet, else null. */
export function ballotRequestOf(ctx: SessionContext): BallotRequest | null {
  const ballot = ctx.appeal ?? ctx.ballot;
  if (ballot === null || ballot.method === 'consensus') return null;
  if (ballot.counts !== null || hasVotes(ballot.votes)) return null;
  const item = ctx.setup.items[ballot.item]!;
  const nominated = (ctx.setup.nominations[item.id] ?? []).map((n) => n.candidate);
  const subject = ballot.subject;
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
    // a nominee already elected to an earlier seat of the item no longer contends for this one
    nominated: subject.kind === 'election' ? nominated.filter((c) => !electedOnItem(ctx, ballot.item, c.id)) : [],
    seat: subject.kind === 'election' ? subject.seat : 1,
    ballot: subject.kind === 'election' ? subject.ballot : 1,
  };
}

const event = (e: SessionEvent): NextStep => ({ kind: 'event', event: e });

/**
 * The chair's next event on an open item between ballots: in debate, pending credentials rulings
 * first (R5.6); then a pending motion (R6.5), the next vote, or the item's close. Shared by the
 * autopilot and the headless `chair.takeItem` (take-item.ts).
 */
export function itemStep(ctx: SessionContext, where: 'debate' | 'announced'): SessionEvent {
  const item = ctx.setup.items[ctx.item]!;
  if (where === 'debate' && item.kind === 'credentials') {
    const pending = ctx.setup.credentialRulings.find((r) => ctx.standings.find((s) => s.code === r.member)?.credentials === 'disputed');
    if (pending) return { type: 'chair.decideCredentials', member: pending.member, ruling: pending.ruling };
  }
  if (ctx.motions.length > 0) return { type: 'chair.putMotion' };
  return hasVoteToPut(ctx) ? { type: 'chair.putToVote' } : { type: 'chair.closeItem' };
}

/**
 * The proper next step of the procedure from a snapshot (the chair's and tellers' part). It drives
 * headless runs, the TUI's stepping, and is the expected answer in training mode.
 */
export function nextStep(snapshot: SessionSnapshot): NextStep {
  const ctx = snapshot.context;
  const phase = phaseOf(snapshot);
  switch (phase) {
    case 'preSession':
      return event({ type: 'chair.openSession' });
    case 'floor':
      if (nextPendingItem(ctx) !== null) return event({ type: 'chair.openItem' });
      return event(ctx.day + 1 < ctx.setup.days.length ? { type: 'chair.adjournDay' } : { type: 'chair.closeSession' });
    case 'adjourned':
      return event(ctx.day + 1 < ctx.setup.days.length ? { type: 'chair.openDay' } : { type: 'chair.closeSession' });
    case 'debate':
    case 'announced':
      return event(itemStep(ctx, phase));
    case 'voting':
    case 'appealVoting': {
      const request = ballotRequestOf(ctx);
      return request ? { kind: 'ballot', request } : event({ type: 'chair.closeBallot' });
    }
    case 'suspended':
    case 'ruled':
      return event({ type: 'chair.resumeSitting' });
    case 'pointOfOrder':
      return event({ type: 'chair.ruleOnPointOfOrder', ruling: 'upheld' });
    case 'counted':
    case 'closed':
      return { kind: 'done' };
  }
}
