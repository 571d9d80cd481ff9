import { assign, type AnyMachineSnapshot } from 'xstate';
import { produceContext } from '../src/machine/context-update.js';
import type { SessionContext } from '../src/machine/context.js';
import { createEngine, createTransition, inertActorScope } from '../src/machine/session-driver.js';
import type { SessionEvent } from '../src/machine/events.js';
import { CHECKS } from '../src/machine/legality.js';
import { sessionMachine } from '../src/machine/session-machine.js';
import type { SessionSetup } from '../src/scenario/session-setup.js';
import { rateSummary } from './stats.js';

/** What the statechart alone costs: the ceiling of any machine path built on xstate's `transition`. */
export interface MachineFloorResult {
  /** Sessions per second when only xstate works: the same events, the same states, no-op actions. */
  readonly sessionsPerSecond: number;
  readonly eventsPerSession: number;
  readonly microsecondsPerEvent: number;
  /** Whether the no-op machine took every event of the runs and reached the final state (else the floor is not comparable). */
  readonly reachedEnd: boolean;
  readonly windows: number[];
}

/**
 * What every action is replaced with: `xstate` counts the event with a plain `assign`; `immer`
 * (named when the bridge was immer's; the JSON keeps the name) does, through the context's bridge
 * (`produceContext`, now a plain copy of the root), only what every accepted event's action writes
 * whatever the event (`act` in src/machine/actions.ts: count it, clear the last rejection).
 */
export type FloorKind = 'xstate' | 'immer';

const COUNTERS: Record<FloorKind, ReturnType<typeof assign<SessionContext, SessionEvent, undefined, SessionEvent, never>>> = {
  xstate: assign(({ context }) => ({ seq: context.seq + 1 })),
  immer: assign(({ context }) =>
    produceContext(context, (draft) => {
      draft.seq += 1;
      draft.lastRejection = null;
    }),
  ),
};

/**
 * The session statechart with every action replaced by a counter (`FloorKind`) and every guard
 * answering as a clean run does (every condition of the procedure met, no motion adopted): what remains is xstate's
 * own work per event (selecting transitions, exit/entry sets, snapshots, the eventless step after
 * a ballot), plus for `immer` one pass of the context's bridge. Folding recorded runs through it
 * gives the machine path's upper bound: with the statechart, and with the statechart and immer.
 */
function floorTransition(setup: SessionSetup, kind: FloorKind = 'xstate') {
  const count = COUNTERS[kind];
  const actions = Object.fromEntries(Object.keys(sessionMachine.implementations.actions).map((name) => [name, count]));
  const guards = Object.fromEntries(Object.keys(sessionMachine.implementations.guards).map((name) => [name, () => name in CHECKS]));
  const machine = sessionMachine.provide({ actions, guards } as never);
  const input = { setup, seed: 0 };
  const scope = inertActorScope(machine, input);
  return {
    initial: machine.getInitialSnapshot(scope as never, input),
    next: (snapshot: AnyMachineSnapshot, event: SessionEvent) => machine.transition(snapshot as never, event, scope as never) as AnyMachineSnapshot,
  };
}

function foldWith(transition: ReturnType<typeof floorTransition>) {
  return (events: readonly SessionEvent[]) => {
    let snapshot = transition.initial as AnyMachineSnapshot;
    for (const event of events) snapshot = transition.next(snapshot, event);
    return snapshot;
  };
}

/** The no-op statechart's fold over a run's events, and whether it follows every run to the end. */
export function machineFloor(setup: SessionSetup, runs: readonly (readonly SessionEvent[])[], kind: FloorKind = 'xstate') {
  const fold = foldWith(floorTransition(setup, kind));
  return {
    // every event taken (none ignored by a guard answering otherwise than in the real run) and the end reached
    reachedEnd: runs.every((events) => {
      const last = fold(events);
      return last.status === 'done' && (last.context as { seq: number }).seq === events.length;
    }),
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

/** One kind of event: how often a session sends it and what one costs, machine and statechart alone. */
export interface EventCost {
  readonly event: SessionEvent['type'];
  readonly perSession: number;
  readonly machineMicroseconds: number;
  readonly floorMicroseconds: number;
  /** (machine - floor) x perSession: what the actions and guards add to a session, in microseconds. */
  readonly overFloorPerSession: number;
}

/**
 * Where the machine's time goes beyond xstate's: each event of the recorded runs timed through the
 * machine and through the no-op statechart, run by run in turns, `rounds` times; means per kind
 * of event, the kinds costing the machine most over the floor first.
 */
export function eventCosts(setup: SessionSetup, runs: readonly { readonly seed: number; readonly events: readonly SessionEvent[] }[], rounds: number): EventCost[] {
  const floor = floorTransition(setup);
  const totals = new Map<SessionEvent['type'], { count: number; machine: number; floor: number }>();
  const time = (next: (s: AnyMachineSnapshot, e: SessionEvent) => AnyMachineSnapshot, initial: AnyMachineSnapshot, events: readonly SessionEvent[], key: 'machine' | 'floor') => {
    let snapshot = initial;
    for (const event of events) {
      const start = performance.now();
      snapshot = next(snapshot, event);
      const total = totals.get(event.type) ?? { count: 0, machine: 0, floor: 0 };
      total[key] += performance.now() - start;
      if (key === 'machine') total.count++;
      totals.set(event.type, total);
    }
  };
  for (let r = 0; r < rounds; r++) {
    for (const run of runs) {
      const machine = createTransition(createEngine(setup), run.seed);
      time(machine.next as never, machine.initial as AnyMachineSnapshot, run.events, 'machine');
      time(floor.next, floor.initial as AnyMachineSnapshot, run.events, 'floor');
    }
  }
  const sessions = rounds * runs.length;
  const micros = (ms: number, n: number) => Math.round((1000 * ms) / n * 10) / 10;
  return [...totals]
    .map(([event, t]) => ({
      event,
      perSession: Math.round((t.count / sessions) * 10) / 10,
      machineMicroseconds: micros(t.machine, t.count),
      floorMicroseconds: micros(t.floor, t.count),
      overFloorPerSession: Math.round((1000 * (t.machine - t.floor)) / sessions),
    }))
    .sort((a, b) => b.overFloorPerSession - a.overFloorPerSession);
}
