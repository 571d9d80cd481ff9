import { initialTransition, transition } from 'xstate';
import { nextStep, type SessionSnapshot } from '../machine/autopilot.js';
import type { SessionEvent } from '../machine/events.js';
import { sessionMachine } from '../machine/session-machine.js';
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

/** An upper bound on events per session: a runaway procedure is a bug, not a long session. */
const MAX_EVENTS = 100_000;

/**
 * Runs a whole session headless: the autopilot takes each proper procedural step and the voters
 * answer every ballot. Pure given its inputs (principle 2): same scenario and seed, same run.
 */
export function runSession(scenario: Scenario, seed: number, options: { setup?: SessionSetup; voter?: Voter; onEvent?: (event: SessionEvent) => void } = {}): SessionRun {
  const setup = options.setup ?? createSessionSetup(scenario);
  const voter = options.voter ?? createVoter(scenario, seed);
  let [snapshot] = initialTransition(sessionMachine, { setup, seed });
  const events: SessionEvent[] = [];
  for (let i = 0; i < MAX_EVENTS; i++) {
    const step = nextStep(snapshot);
    if (step.kind === 'done') return { snapshot, events };
    const event = step.kind === 'event' ? step.event : voter(step.request);
    const [next] = transition(sessionMachine, snapshot, event);
    if (next.context.seq === snapshot.context.seq) {
      throw new Error(`the autopilot's event ${event.type} was rejected: ${JSON.stringify(next.context.lastRejection)}`);
    }
    snapshot = next;
    events.push(event);
    options.onEvent?.(event);
  }
  throw new Error(`the session did not finish within ${MAX_EVENTS} events`);
}

/** One run summarised for a sweep (the worker's entry point). */
export function runSessionOutcome(scenario: Scenario, seed: number, setup?: SessionSetup): SessionOutcome {
  return toOutcome(runSession(scenario, seed, setup ? { setup } : {}).snapshot.context);
}

/** How sweep workers load the scenario: both loading stages (the shell has already checked it). */
export function loadScenario(text: string, file: string): Scenario {
  const loaded = loadScenarioText(text, file);
  if (!loaded.ok) throw new Error(`${file} does not load: ${loaded.problems[0]?.message ?? 'invalid'}`);
  return loaded.value.scenario;
}
