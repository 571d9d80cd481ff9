import type { SessionSnapshot } from '../machine/autopilot.js';
import type { Rejection } from '../machine/context.js';
import type { SessionEvent } from '../machine/events.js';
import { createTransition, type SessionEngine } from '../machine/session-driver.js';

// The running session the drivers hold (the CLI, the TUI, training, headless runs): the machine's pure
// transition function folded one event at a time, keeping the snapshot and the accepted events.

/** What became of an event sent to a session. */
export interface SendOutcome {
  readonly accepted: boolean;
  readonly rejection?: Rejection;
}

/** A running session: the pure machine folded one event at a time, with the accepted events. */
export interface Session {
  readonly snapshot: SessionSnapshot;
  readonly events: readonly SessionEvent[];
  send(event: SessionEvent): SendOutcome;
}

/** Whether `next` accepted the event: every accepted event increments `seq`; a refused one does not. */
export function outcomeOf(before: SessionSnapshot, after: SessionSnapshot): SendOutcome {
  if (after.context.seq > before.context.seq) return { accepted: true };
  return after.context.lastRejection ? { accepted: false, rejection: after.context.lastRejection } : { accepted: false };
}

/**
 * A session: the CLI, the TUI and training mode send events and read the snapshot. Only accepted
 * events are kept, in order; they are what the journal records.
 */
export function createSession(engine: SessionEngine, seed: number): Session {
  const transition = createTransition(engine, seed);
  let snapshot = transition.initial;
  const events: SessionEvent[] = [];
  return {
    get snapshot() {
      return snapshot;
    },
    get events() {
      return events;
    },
    send(event) {
      const next = transition.next(snapshot, event);
      const outcome = outcomeOf(snapshot, next);
      snapshot = next;
      if (outcome.accepted) events.push(event);
      return outcome;
    },
  };
}
