import type { SessionSnapshot } from '../machine/autopilot.js';
import { continueSession } from './continue-session.js';
import type { SessionEvent } from '../machine/events.js';
import { createEngine, type SessionEngine } from '../machine/session-driver.js';
import { createSession } from './session.js';
import { createSessionSetup } from '../scenario/session-setup.js';
import { loadScenarioText } from '../scenario/load-scenario.js';
import type { Scenario } from '../scenario/schema.js';
import { compileBehaviour, type CompiledBehaviour } from './behaviour/index.js';
import type { SessionOutcome } from './outcome.js';
import { toOutcome } from './to-outcome.js';
import { createVoter, votersOf, type Voter } from './voter.js';
import type { SessionContext } from '../machine/context.js';

/** A finished run: the final snapshot and every accepted event, in order (the journal's body). */
export interface SessionRun {
  readonly snapshot: SessionSnapshot;
  readonly events: readonly SessionEvent[];
}

/**
 * A scenario made ready to run: the machine's engine for its setup (with the electorates the setup
 * computes once) and its compiled behaviour model (with the voters' tables per electorate). The
 * caller makes it once per scenario and passes it to every run: a sweep worker keeps one per
 * scenario of its tasks, the CLI makes one per command. A loaded scenario is never changed.
 */
export interface PreparedScenario {
  readonly scenario: Scenario;
  readonly engine: SessionEngine;
  readonly behaviour: CompiledBehaviour;
}

/** Prepares a scenario that passed both loading stages. */
export function prepareScenario(scenario: Scenario): PreparedScenario {
  const behaviour = compileBehaviour(scenario);
  return { scenario, engine: createEngine(createSessionSetup(scenario), votersOf(behaviour)), behaviour };
}

/**
 * Runs a whole session headless: the autopilot takes each proper procedural step and the voters
 * answer every ballot. Pure given its inputs (principle 2): same scenario and seed, same run.
 */
export function runSession(prepared: PreparedScenario, seed: number, options: { voter?: Voter; onEvent?: (seq: number, event: SessionEvent) => void } = {}): SessionRun {
  const session = createSession(prepared.engine, seed);
  continueSession(session, options.voter ?? createVoter(prepared.behaviour, seed), options.onEvent);
  return { snapshot: session.snapshot, events: session.events };
}

/**
 * Runs a whole session headless, each agenda item taken whole (`chair.takeItem`: the item's own
 * events through the same recipes and guards, in one event): the same final context as
 * `runSession`, about twice as fast, but without the events a journal records. What sweeps use.
 */
export function runHeadless(prepared: PreparedScenario, seed: number): SessionContext {
  const session = createSession(prepared.engine, seed);
  return continueSession(session, createVoter(prepared.behaviour, seed), undefined, true).snapshot.context;
}

/** One run summarised for a sweep. */
export function runSessionOutcome(prepared: PreparedScenario, seed: number): SessionOutcome {
  return toOutcome(runHeadless(prepared, seed));
}

/** The sweep worker's entry point (see `RunModule`): the scenario prepared once, then one outcome per seed. */
export function prepareRuns(scenario: Scenario): (seed: number) => SessionOutcome {
  const prepared = prepareScenario(scenario);
  return (seed) => runSessionOutcome(prepared, seed);
}

/** How sweep workers load the scenario: both loading stages (the shell has already checked it). */
export function loadScenario(text: string, file: string): Scenario {
  const loaded = loadScenarioText(text, file);
  if (!loaded.ok) throw new Error(`${file} does not load: ${loaded.problems[0]?.message ?? 'invalid'}`);
  return loaded.value.scenario;
}
