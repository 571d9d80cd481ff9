import { assign, createActor, type ActorScope, type AnyStateMachine, type EventFromLogic, type SnapshotFrom } from 'xstate';
import type { SessionSnapshot } from './autopilot.js';
import type { SessionEvent } from './events.js';
import { rejectionOf } from './guards.js';
import { reject } from './procedure/log.js';
import { produceContext } from './context-update.js';
import { sessionMachine, type SessionInput, type SessionMachine } from './session-machine.js';
import { takeItem, type Voters } from './take-item.js';
import type { SessionSetup } from '../scenario/session-setup.js';

/** The pure transition function of one session: the machine's own `transition`, with no actor running. */
export interface SessionTransition {
  readonly initial: SessionSnapshot;
  readonly next: (snapshot: SessionSnapshot, event: SessionEvent) => SessionSnapshot;
}

/**
 * The inert actor scope xstate's `transition` needs to run `machine` outside an actor: the actor
 * is never started, so nothing reads its input, and nothing is deferred, logged or emitted.
 */
export function inertActorScope<M extends AnyStateMachine>(machine: M, input: unknown): ActorScope<SnapshotFrom<M>, EventFromLogic<M>> {
  const self = createActor(machine, { input } as never);
  return {
    self,
    defer: () => {},
    id: '',
    logger: () => {},
    sessionId: '',
    stopChild: () => {},
    system: self.system,
    emit: () => {},
    actionExecutor: () => {},
  } satisfies ActorScope<SnapshotFrom<M>, EventFromLogic<M>>;
}

/**
 * A setup made ready to run: the setup and the inert actor scope its transitions run in. Made once
 * by the caller for all the sessions of a setup (a sweep worker once per scenario, the CLI once per
 * run): creating the scope costs as much as a dozen transitions.
 */
export interface SessionEngine {
  readonly setup: SessionSetup;
  /** The session machine, which takes an agenda item whole (`chair.takeItem`) when the engine has voters. */
  readonly machine: SessionMachine;
  readonly scope: ActorScope<SessionSnapshot, SessionEvent>;
}

/** The engine of a setup. The scope's actor is never started, so the seed it is made with is never read. */
export function createEngine(setup: SessionSetup, voters?: Voters): SessionEngine {
  const machine =
    voters === undefined
      ? sessionMachine
      : sessionMachine.provide({ guards: { canTakeWholeItem: () => true }, actions: { takeItem: assign(({ context }) => takeItem(context, voters)) } });
  return { setup, machine, scope: inertActorScope(machine, { setup, seed: 0 } satisfies SessionInput) };
}
/**
 * Builds the transition function of a session. xstate's `transition()` helper creates a throwaway
 * actor on every call (whose constructor evaluates the initial context); the engine's inert actor
 * scope is ~30x faster and gives the same snapshots.
 */
export function createTransition(engine: SessionEngine, seed: number): SessionTransition {
  const input: SessionInput = { setup: engine.setup, seed };
  const { machine, scope } = engine;
  return {
    initial: machine.getInitialSnapshot(scope, input),
    next: (snapshot, event) => {
      const next = machine.transition(snapshot, event, scope);
      return next.context.seq > snapshot.context.seq ? next : refused(machine, snapshot, event);
    },
  };
}

/**
 * The snapshot after a refused event: the same state with the coded rejection recorded, nothing
 * else changed (principle 10). The chart's transitions carry only the conditions of the procedure,
 * so an event that meets none leaves the snapshot as it was, and `snapshot.can(event)` is false
 * exactly for the events refused here; the reason comes from the table of checks (`rejectionOf`).
 */
function refused(machine: SessionMachine, snapshot: SessionSnapshot, event: SessionEvent): SessionSnapshot {
  const rejection = rejectionOf(snapshot._nodes, snapshot.context, event);
  const context = produceContext(snapshot.context, (draft) => reject(draft, rejection));
  return machine.resolveState({ value: snapshot.value, context, historyValue: snapshot.historyValue, status: snapshot.status });
}

/** Folds events through the machine from the start. */
export function foldEvents(transition: SessionTransition, events: readonly SessionEvent[]): SessionSnapshot {
  let snapshot = transition.initial;
  for (const event of events) snapshot = transition.next(snapshot, event);
  return snapshot;
}
