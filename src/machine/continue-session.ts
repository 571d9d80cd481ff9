import { nextStep } from './autopilot.js';
import type { Voter } from './default-voter.js';
import type { SessionEvent } from './events.js';
import type { Session } from './session-driver.js';

/** A bound on the events of one session, far above any real one, so that a bug cannot hang a run. */
const MAX_EVENTS = 100_000;

/**
 * Drives a session to its end: the autopilot plays the chair and the tellers, `vote` the voters.
 * `onAccepted` sees each accepted event with its journal `seq` (e.g. to append it to the journal).
 * A step the machine refuses is a bug in the autopilot or the voter, so it throws.
 */
export function continueSession(session: Session, vote: Voter, onAccepted: (seq: number, event: SessionEvent) => void = () => {}): Session {
  for (let i = 0; i < MAX_EVENTS; i++) {
    const next = nextStep(session.snapshot);
    if (next.kind === 'done') return session;
    const event = next.kind === "event" ? next.event : vote(next.request, session.snapshot);
    const outcome = session.send(event);
    if (!outcome.accepted) {
      throw new Error(`the session refused ${event.type} (${outcome.rejection?.code ?? 'no code'}: ${outcome.rejection?.message ?? ''}); the autopilot or the voter proposed an event out of order`);
    }
    onAccepted(session.events.length, event);
  }
  throw new Error(`the session did not end within ${MAX_EVENTS} events; the autopilot is looping`);
}
