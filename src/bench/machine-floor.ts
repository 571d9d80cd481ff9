import { assign, createActor, type ActorScope } from 'xstate';
import type { SessionEvent } from '../machine/events.js';
import { sessionMachine } from '../machine/session-machine.js';
import type { SessionSetup } from '../machine/session-setup.js';
import { rateSummary } from './stats.js';

/** What the statechart alone costs: the ceiling of any machine path built on xstate's `transition`. */
export interface MachineFloorResult {
  /** Sessions per second when only xstate works: the same events, the same states, no-op actions. */
  readonly sessionsPerSecond: number;
  readonly eventsPerSession: number;
  readonly microsecondsPerEvent: number;
  /** Whether the no-op machine followed the runs to the final state (else the floor is not comparable). */
  readonly reachedEnd: boolean;
  readonly windows: number[];
}

/**
 * The session statechart with every action replaced by an `assign` that only counts and every
 * guard answering as a clean run does (events acceptable, no motion adopted): what remains is
 * xstate's own work per event (selecting transitions, exit/entry sets, snapshots, the eventless
 * step after a ballot). Folding recorded runs through it gives the machine path's upper bound.
 */
function floorTransition(setup: SessionSetup) {
  const count = assign(({ context }: { context: { seq: number } }) => ({ seq: context.seq + 1 }));
  const actions = Object.fromEntries(Object.keys(sessionMachine.implementations.actions).map((name) => [name, count]));
  const guards = Object.fromEntries(Object.keys(sessionMachine.implementations.guards).map((name) => [name, () => name === 'isAcceptable']));
  const machine = sessionMachine.provide({ actions, guards } as never);
  const input = { setup, seed: 0 };
  const self = createActor(machine, { input });
  const scope = { self, defer: () => {}, id: '', logger: () => {}, sessionId: '', stopChild: () => {}, system: self.system, emit: () => {}, actionExecutor: () => {} } as unknown as ActorScope<never, never>;
  const initial = machine.getInitialSnapshot(scope as never, input);
  return (events: readonly SessionEvent[]) => {
    let snapshot = initial;
    for (const event of events) snapshot = machine.transition(snapshot, event, scope as never);
    return snapshot;
  };
}

/** The no-op statechart's fold over a run's events, and whether it follows every run to the end. */
export function machineFloor(setup: SessionSetup, runs: readonly (readonly SessionEvent[])[]) {
  const fold = floorTransition(setup);
  return {
    reachedEnd: runs.every((events) => fold(events).status === 'done'),
    session: (i: number) => fold(runs[i % runs.length]!),
  };
}

/** The floor's figures from its timed windows. */
export function floorResult(rates: readonly number[], runs: readonly (readonly SessionEvent[])[], reachedEnd: boolean): MachineFloorResult {
  const summary = rateSummary(rates);
  const events = runs.reduce((sum, r) => sum + r.length, 0) / runs.length;
  return {
    sessionsPerSecond: summary.median,
    eventsPerSession: Math.round(events * 100) / 100,
    microsecondsPerEvent: Math.round((1e6 / summary.median / events) * 100) / 100,
    reachedEnd,
    windows: summary.windows,
  };
}
