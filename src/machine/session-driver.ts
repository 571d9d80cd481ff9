import { initialTransition, transition } from 'xstate';
import type { SessionSnapshot } from './autopilot.js';
import type { Rejection } from './context.js';
import type { SessionEvent } from './events.js';
import { sessionMachine } from './session-machine.js';
import type { SessionSetup } from './session-setup.js';

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

/** The snapshot a session starts from (no actor: `initialTransition`, principle 8). */
export function initialSnapshot(setup: SessionSetup, seed: number): SessionSnapshot {
  return initialTransition(sessionMachine, { setup, seed })[0];
}

/** One step of the fold: the next snapshot and whether the machine accepted the event. */
export function step(snapshot: SessionSnapshot, event: SessionEvent): { snapshot: SessionSnapshot } & SendOutcome {
  const [next] = transition(sessionMachine, snapshot, event);
  // the machine's `count` action increments `seq` on every accepted event; `reject` does not
  if (next.context.seq > snapshot.context.seq) return { snapshot: next, accepted: true };
  return { snapshot: next, accepted: false, ...(next.context.lastRejection ? { rejection: next.context.lastRejection } : {}) };
}

/**
 * A session built on `transition()`: the CLI, the TUI and training mode send events and read the
 * snapshot. Only accepted events are kept, in order; they are what the journal records.
 */
export function createSession(setup: SessionSetup, seed: number): Session {
  let snapshot = initialSnapshot(setup, seed);
  const events: SessionEvent[] = [];
  return {
    get snapshot() {
      return snapshot;
    },
    get events() {
      return events;
    },
    send(event) {
      const outcome = step(snapshot, event);
      snapshot = outcome.snapshot;
      if (outcome.accepted) events.push(event);
      return outcome.rejection ? { accepted: outcome.accepted, rejection: outcome.rejection } : { accepted: outcome.accepted };
    },
  };
}
