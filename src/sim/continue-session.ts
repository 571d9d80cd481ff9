import { nextStep, type NextStep } from './autopilot.js';
import type { BallotRequest } from '../domain/ballot-request.js';
import type { SessionSnapshot } from '../machine/autopilot.js';
import type { SessionEvent } from '../machine/events.js';
import type { Session } from './session.js';
import { MAX_SESSION_EVENTS, sessionDoesNotEndAt } from '../machine/session-limit.js';

/** How the voters answer a ballot request: one event carrying the whole ballot. */
export type Voter = (request: BallotRequest, snapshot: SessionSnapshot) => SessionEvent;

export { MAX_SESSION_EVENTS, SessionDoesNotEndError } from '../machine/session-limit.js';

/**
 * The one loop that drives a session, for every driver (headless runs, sweeps and `resume` through
 * `continueSession`; the TUI's stepper, `stepUntil`; training, `advanceUntil`): `advance` until
 * `stop` holds (with `atLeastOnce`, one step first whatever `stop` says), at most
 * `MAX_SESSION_EVENTS` steps, after which the session does not end (`SessionDoesNotEndError`).
 */
export function driveUntil<S>(start: S, advance: (state: S) => S, stop: (state: S) => boolean, snapshotOf: (state: S) => SessionSnapshot, atLeastOnce = false): S {
  let current = start;
  for (let taken = 0; (atLeastOnce && taken === 0) || !stop(current); taken++) {
    if (taken >= MAX_SESSION_EVENTS) throw sessionDoesNotEndAt(snapshotOf(current).context);
    current = advance(current);
  }
  return current;
}

/**
 * Drives a session to its end: the autopilot plays the chair and the tellers, `vote` the voters.
 * `onAccepted` sees each accepted event with its journal `seq` (e.g. to append it to the journal).
 * With `wholeItems` (headless runs, on an engine made with the voters: `createEngine`), each agenda
 * item is taken whole, `chair.takeItem` in place of `chair.openItem` and the item's own events;
 * the session ends in the same state, but its events are not a journal's (a whole item stops itself
 * at the same cap, counted in accepted events). A step the machine refuses is a bug in the autopilot
 * or the voter, so it throws.
 */
export function continueSession(session: Session, vote: Voter, onAccepted: (seq: number, event: SessionEvent) => void = () => {}, wholeItems = false): Session {
  const take = (next: NextStep): NextStep => {
    if (next.kind === 'done') return next;
    const event: SessionEvent = next.kind === 'ballot' ? vote(next.request, session.snapshot) : wholeItems && next.event.type === 'chair.openItem' ? { type: 'chair.takeItem' } : next.event;
    const outcome = session.send(event);
    if (!outcome.accepted) {
      throw new Error(`the session refused ${event.type} (${outcome.rejection?.code ?? 'no code'}: ${outcome.rejection?.message ?? ''}); the autopilot or the voter proposed an event out of order`);
    }
    onAccepted(session.snapshot.context.seq, event);
    return nextStep(session.snapshot);
  };
  driveUntil(nextStep(session.snapshot), take, (next) => next.kind === 'done', () => session.snapshot);
  return session;
}
