/**
 * gasim as a library (issue 5): what the CLI does, for TypeScript users. Load and check a
 * scenario, run it (result, minutes, journal events), sweep it over seeds, and the rules core.
 * Property-testing helpers live in the `gasim/testing` export.
 */
import { renderMinutes } from './sim/minutes.js';
import { runSession } from './sim/run-session.js';
import { toRunResult, type RunResult } from './sim/run-result.js';
import { catalogueOf, runSweep, summarise, type SweepSummary } from './sim/sweep/index.js';
import { loadScenarioText } from './scenario/load-scenario.js';
import { formatProblem } from './scenario/scenario-problem.js';
import type { Scenario } from './scenario/schema.js';
import type { SessionEvent } from './machine/events.js';

export { loadScenarioText } from './scenario/load-scenario.js';
export type { CheckedScenario } from './scenario/check-scenario.js';
export type { ScenarioProblem } from './scenario/scenario-problem.js';
export { formatProblem } from './scenario/scenario-problem.js';
export { ScenarioSchema, type Scenario, type ScenarioInput } from './scenario/schema.js';
export { scenarioJsonSchema } from './scenario/json-schema.js';
export { RunResultSchema, type RunResult } from './sim/run-result.js';
export { renderMinutes } from './sim/minutes.js';
export { runSession, runSessionOutcome, type SessionRun } from './sim/run-session.js';
export type { SessionOutcome } from './sim/outcome.js';
export { summarise, summaryToCsv, summaryToJson, renderSummary, type SweepSummary } from './sim/sweep/index.js';
export { sessionMachine, type SessionInput } from './machine/session-machine.js';
export { createSessionSetup, type SessionSetup } from './machine/session-setup.js';
export { createSession, type Session } from './machine/session-driver.js';
export { nextStep, phaseOf, type NextStep, type SessionSnapshot } from './machine/autopilot.js';
export { selectSessionView } from './machine/selectors/session-view.js';
export { parseJournal, replay, formatJournal, journalHeader } from './machine/journal.js';
export type { SessionEvent } from './machine/events.js';
export { MEMBERS, memberByCode, TOTAL_MEMBERS } from './registry/members.js';
export * from './rules/index.js';

/** One whole run of a scenario: the machine-readable result, the minutes, and the journal's events. */
export interface ScenarioRun {
  readonly result: RunResult;
  readonly minutes: string;
  readonly events: readonly SessionEvent[];
}

/** Runs a checked scenario headless with a seed (the scenario's own by default), like `gasim run`. */
export function runScenario(scenario: Scenario, options: { seed?: number } = {}): ScenarioRun {
  const run = runSession(scenario, options.seed ?? scenario.seed);
  return { result: toRunResult(run.snapshot.context), minutes: renderMinutes(run.snapshot.context), events: run.events };
}

/**
 * Sweeps a scenario over `runs` seeded runs on worker threads, like `gasim sweep`; the same seed
 * gives the same summary whatever the number of workers. Works from the built package (`dist/`).
 */
export async function sweepScenario(options: {
  scenarioText: string;
  file?: string;
  runs: number;
  workers?: number;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
}): Promise<SweepSummary> {
  const file = options.file ?? 'scenario.yaml';
  const loaded = loadScenarioText(options.scenarioText, file);
  if (!loaded.ok) throw new Error(`${file} is not a valid scenario: ${loaded.problems.map((p) => formatProblem(file, p)).join('; ')}`);
  const seed = options.seed ?? 1;
  const aggregate = await runSweep({
    scenarioText: options.scenarioText,
    file,
    runs: options.runs,
    workers: options.workers ?? 1,
    seed,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return summarise(aggregate, catalogueOf(loaded.value.scenario), seed);
}
