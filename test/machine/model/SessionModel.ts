import { votedCount } from '../../../src/domain/choices.js';
import type fc from 'fast-check';
import { expect } from 'vitest';
import type { SessionContext } from '../../../src/machine/context.js';
import type { SessionEvent } from '../../../src/machine/events.js';
import type { Session } from '../../../src/sim/session.js';
import { expectInvariants } from '../support/invariants.js';

/** The simple model beside the machine: how many events were accepted and rejected. */
export interface SessionModel {
  accepted: number;
  rejected: number;
}

export interface RealSession {
  readonly session: Session;
}

export type SessionCommand = fc.Command<SessionModel, RealSession>;

const papers = (ctx: SessionContext) => {
  const b = ctx.appeal ?? ctx.ballot;
  return b === null ? 0 : votedCount(b.choices);
};

/**
 * Sends an event and checks the machine against the model: it never throws; `can()` says
 * beforehand whether it is accepted; an accepted event adds one to `seq`; a rejected one carries a code and changes nothing but the rejection record;
 * recorded votes are conserved (each accepted vote adds exactly one paper).
 */
export function sendAndCheck(model: SessionModel, real: RealSession, event: SessionEvent, mustReject = false): boolean {
  const before = real.session.snapshot.context;
  // the chart answers truthfully whether it takes the event (issue 15: no fallback transitions)
  const can = real.session.snapshot.can(event);
  const outcome = real.session.send(event);
  expect(outcome.accepted, `${event.type}: can() said ${can}`).toBe(can);
  const after = real.session.snapshot.context;
  expectInvariants(real.session.snapshot);
  if (outcome.accepted) {
    expect(mustReject, `${event.type} should have been rejected`).toBe(false);
    model.accepted += 1;
    expect(after.seq).toBe(model.accepted);
    const added = event.type === 'delegation.castVote' ? 1 : event.type === 'delegation.castBallot' ? ('choices' in event ? votedCount(event.choices) : Object.keys(event.votes).length) : 0;
    if (added > 0) expect(papers(after)).toBe(papers(before) + added);
  } else {
    model.rejected += 1;
    expect(outcome.rejection?.code).toMatch(/^[a-z-]+\/[a-z-]+$/);
    expect([after.seq, after.rejections]).toEqual([model.accepted, model.rejected]);
    const changed = (Object.keys(after) as (keyof SessionContext)[]).filter((k) => after[k] !== before[k]);
    expect(changed.filter((k) => k !== 'lastRejection' && k !== 'rejections')).toEqual([]);
  }
  return outcome.accepted;
}
