import { type SessionSnapshot } from '../machine/autopilot.js';
import { nextStep } from './autopilot.js';
import { driveUntil } from './continue-session.js';
import type { SessionEvent } from '../machine/events.js';
import { createEngine, createTransition, foldEvents, type SessionTransition } from '../machine/session-driver.js';
import type { SessionSetup } from '../scenario/session-setup.js';
import type { Voter } from './voter.js';

/**
 * An interactive session for the TUI and training mode: the events taken so far (the journal's
 * body), the snapshot they lead to, and the steps undone by `back` (redone first by `step`).
 */
export interface Stepper {
  readonly setup: SessionSetup;
  readonly transition: SessionTransition;
  readonly seed: number;
  readonly snapshot: SessionSnapshot;
  readonly events: readonly SessionEvent[];
  readonly redo: readonly SessionEvent[];
}

/** A stepper at the start of the session, or after the given events (resuming a journal). */
export function createStepper(setup: SessionSetup, seed: number, events: readonly SessionEvent[] = []): Stepper {
  const transition = createTransition(createEngine(setup), seed);
  return { setup, transition, seed, snapshot: foldEvents(transition, events), events, redo: [] };
}

/** Whether the session is over. */
export function isFinished(stepper: Stepper): boolean {
  return nextStep(stepper.snapshot).kind === 'done';
}

/** Takes the next proper step: a step undone earlier, or the autopilot's event, or the voters' ballot. */
export function step(stepper: Stepper, voter: Voter): Stepper {
  const planned = nextStep(stepper.snapshot);
  if (planned.kind === 'done') return stepper;
  const [redone, ...rest] = stepper.redo;
  const event = redone ?? (planned.kind === 'event' ? planned.event : voter(planned.request));
  return send(stepper, event, redone ? rest : []);
}

/**
 * Sends one event (the autopilot's, a redone one, or an injected incident): it joins the journal
 * when the machine accepts it; `redo` is what remains to redo afterwards (nothing after a new step).
 */
export function send(stepper: Stepper, event: SessionEvent, redo: readonly SessionEvent[] = []): Stepper {
  const snapshot = stepper.transition.next(stepper.snapshot, event);
  if (snapshot.context.seq === stepper.snapshot.context.seq) return { ...stepper, snapshot, redo: [] };
  return { ...stepper, snapshot, events: [...stepper.events, event], redo };
}

/**
 * Steps until `done` holds for the snapshot (or the session ends); at least one step. Throws
 * `SessionDoesNotEndError` after `MAX_SESSION_EVENTS` steps, the cap every driver shares.
 */
export function stepUntil(stepper: Stepper, voter: Voter, done: (snapshot: SessionSnapshot, start: SessionSnapshot) => boolean): Stepper {
  const start = stepper.snapshot;
  return driveUntil(stepper, (s) => step(s, voter), (s) => isFinished(s) || done(s.snapshot, start), (s) => s.snapshot, true);
}

/** Undoes the last step by replaying the journal up to the step before it. */
export function back(stepper: Stepper): Stepper {
  const last = stepper.events.at(-1);
  if (last === undefined) return stepper;
  const events = stepper.events.slice(0, -1);
  return { ...stepper, snapshot: foldEvents(stepper.transition, events), events, redo: [last, ...stepper.redo] };
}

/** The predicates of the TUI's bigger steps. */
export const until = {
  endOfItem: (s: SessionSnapshot) => s.hasTag('between-items'),
  endOfDay: (s: SessionSnapshot) => s.hasTag('day-over'),
  nextDay: (s: SessionSnapshot, start: SessionSnapshot) => s.context.day > start.context.day || s.hasTag('closed'),
  itemOpened: (item: number) => (s: SessionSnapshot) => s.context.item === item && s.hasTag('debate'),
};

/**
 * Rewinds to the longest prefix of the journal whose snapshot satisfies `holds` (one replay);
 * the steps after it can be redone.
 */
export function rewindTo(stepper: Stepper, holds: (snapshot: SessionSnapshot) => boolean): Stepper {
  let snapshot = stepper.transition.initial;
  let best = holds(snapshot) ? { k: 0, snapshot } : null;
  stepper.events.forEach((event, i) => {
    snapshot = stepper.transition.next(snapshot, event);
    if (holds(snapshot)) best = { k: i + 1, snapshot };
  });
  if (best === null) return stepper;
  const { k, snapshot: at } = best as { k: number; snapshot: SessionSnapshot };
  return { ...stepper, snapshot: at, events: stepper.events.slice(0, k), redo: [...stepper.events.slice(k), ...stepper.redo] };
}
