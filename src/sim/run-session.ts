import type { SessionSnapshot } from '../machine/autopilot.js';
import { continueSession } from '../machine/continue-session.js';
import type { SessionEvent } from '../machine/events.js';
import { createSession } from '../machine/session-driver.js';
import { createSessionSetup, type SessionSetup } from '../machine/session-setup.js';
import { loadScenarioText } from '../scenario/load-scenario.js';
import type { Scenario } from '../scenario/schema.js';
import type { SessionOutcome } from './outcome.js';
import { toOutcome } from './to-outcome.js';
import { createVoter, type Voter } from './voter.js';

/** A finished run: the final snapshot and every accepted event, in order (the journal's body). */
export interface SessionRun {
  readonly snapshot: SessionSnapshot;
  readonly events: readonly SessionEvent[];
}

/**
 * Runs a whole session headless: the autopilot takes each proper procedural step and the voters
 * answer every ballot. Pure given its inputs (principle 2): same scenario and seed, same run.
 */
export function runSession(scenario: Scenario, seed: number, options: { setup?: SessionSetup; voter?: Voter; onEvent?: (seq: number, event: SessionEvent) => void } = {}): SessionRun {
  const session = createSession(options.setup ?? setupOf(scenario), seed);
  continueSession(session, options.voter ?? createVoter(scenario, seed), options.onEvent);
  return { snapshot: session.snapshot, events: session.events };
}

const setups = new WeakMap<Scenario, SessionSetup>();

/**
 * The setup of a scenario, derived once per scenario object: `createSessionSetup` is pure and a
 * loaded scenario is never changed, so every run of a sweep shares one setup (and with it the
 * electorates the machine caches per setup, see `electorateOf`).
 */
export function setupOf(scenario: Scenario): SessionSetup {
  let setup = setups.get(scenario);
  if (setup === undefined) setups.set(scenario, (setup = createSessionSetup(scenario)));
  return setup;
}

/** One run summarised for a sweep (the worker's entry point). */
export function runSessionOutcome(scenario: Scenario, seed: number, setup: SessionSetup = setupOf(scenario)): SessionOutcome {
  return toOutcome(runSession(scenario, seed, { setup }).snapshot.context);
}

/** How sweep workers load the scenario: both loading stages (the shell has already checked it). */
export function loadScenario(text: string, file: string): Scenario {
  const loaded = loadScenarioText(text, file);
  if (!loaded.ok) throw new Error(`${file} does not load: ${loaded.problems[0]?.message ?? 'invalid'}`);
  return loaded.value.scenario;
}
