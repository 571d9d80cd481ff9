/**
 * gasim as a library (issue 5): what the CLI does, for TypeScript users. Load and check a
 * scenario, run it (result, minutes, journal events), sweep it over seeds, and the rules core.
 * Property-testing helpers live in the `gasim/testing` export.
 */
import { renderMinutes } from './sim/minutes.js';
import { prepareScenario, runSession } from './sim/run-session.js';
import { toRunResult, type RunResult } from './sim/run-result.js';
import { readFile } from 'node:fs/promises';
import { catalogueOf, runSweep, summarise, type SweepSummary } from './sim/sweep/index.js';
import { sweepGrid as runGrid, type GridOptions, type GridResult } from './sim/sweep/grid/grid.js';
import type { Parameter } from './sim/sweep/grid/values.js';
import { compare as runCompare, type CompareOptions, type Comparison } from './sim/sweep/compare/compare.js';
import { calibrate as runCalibrate, type Calibration } from './sim/sweep/calibrate/calibrate.js';
import { ObservedFileSchema } from './sim/sweep/calibrate/observed-file.js';
import type { z } from 'zod';
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
export { prepareScenario, runSession, runSessionOutcome, type PreparedScenario, type SessionRun } from './sim/run-session.js';
export type { SessionOutcome } from './sim/outcome.js';
export { summarise, summaryToCsv, summaryToJson, renderSummary, catalogueOf, type SweepSummary, type SweepAggregate, type SweepCatalogue } from './sim/sweep/index.js';
export { parseAssignment, parseValues, gridPoints, type Parameter, type SettingValue } from './sim/sweep/grid/values.js';
export { gridToCsv, gridToJson, renderGrid } from './sim/sweep/grid/render-grid.js';
export type { GridResult, GridPoint } from './sim/sweep/grid/grid.js';
export type { GridRow } from './sim/sweep/grid/table.js';
export { comparisonToCsv, comparisonToJson, renderComparison } from './sim/sweep/compare/render-compare.js';
export type { Comparison, ComparisonRow } from './sim/sweep/compare/compare.js';
export { renderCalibration, calibrationToJson } from './sim/sweep/calibrate/render-calibration.js';
export type { Calibration } from './sim/sweep/calibrate/calibrate.js';
export type { FittedSetting } from './sim/sweep/calibrate/fit.js';
export { mergePartials, makePartial, shardRange, MergeError, type Shard, type MergedSweep } from './sim/sweep/shard/shard.js';
export { PartialSchema, type SweepPartial } from './sim/sweep/shard/partial-schema.js';
export { sessionMachine, type SessionInput } from './machine/session-machine.js';
export { createSessionSetup, type SessionSetup } from './scenario/session-setup.js';
export { createEngine, type SessionEngine } from './machine/session-driver.js';
export { createSession, type Session } from './sim/session.js';
export { phaseOf, type SessionSnapshot } from './machine/autopilot.js';
export { nextStep, type NextStep } from './sim/autopilot.js';
export { selectSessionView } from './view/session-view.js';
export { parseJournal, replay, formatJournal, journalHeader, chainedLines } from './journal/journal.js';
export type { SessionEvent } from './machine/events.js';
export { MEMBERS, memberByCode, TOTAL_MEMBERS } from './registry/members.js';
export * from './rules/index.js';

/** One whole run of a scenario: the machine-readable result, the minutes, and the journal's events. */
export interface ScenarioRun {
  readonly result: RunResult;
  readonly minutes: string;
  readonly events: readonly SessionEvent[];
}

/**
 * Runs a scenario headless with a seed (the scenario's own by default), like `gasim run`: a checked
 * scenario, or what `loadScenarioFile` gives (as `sweepScenario` takes).
 */
export function runScenario(input: Scenario | LoadedScenario, options: { seed?: number } = {}): ScenarioRun {
  const scenario = 'text' in input && 'scenario' in input ? input.scenario : (input as Scenario);
  const run = runSession(prepareScenario(scenario), options.seed ?? scenario.seed);
  return { result: toRunResult(run.snapshot.context), minutes: renderMinutes(run.snapshot.context), events: run.events };
}

/**
 * Sweeps a scenario over `runs` seeded runs on worker threads, like `gasim sweep`; the same seed
 * gives the same summary whatever the number of workers. Takes what `loadScenarioFile` gives, as
 * `runScenario` does. Works from the built package (`dist/`).
 */
export async function sweepScenario(loaded: LoadedScenario, options: { runs: number; workers?: number; seed?: number; onProgress?: (done: number, total: number) => void }): Promise<SweepSummary> {
  const seed = options.seed ?? loaded.scenario.seed;
  const aggregate = await runSweep({
    scenarioText: loaded.text,
    file: loaded.file,
    runs: options.runs,
    workers: options.workers ?? 1,
    seed,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return summarise(aggregate, catalogueOf(loaded.scenario), seed);
}

/** A scenario file read and checked by both loading stages: what `runScenario`, `sweepScenario`, `sweepGrid`, `compare` and `calibrate` take. */
export interface LoadedScenario {
  readonly file: string;
  readonly text: string;
  readonly scenario: Scenario;
}

/** Reads and checks a scenario file; throws with every located problem (`file:line:col: …`) if it is not valid. */
export async function loadScenarioFile(file: string): Promise<LoadedScenario> {
  return loadedFromText(await readFile(file, 'utf8'), file);
}

function loadedFromText(text: string, file: string): LoadedScenario {
  const loaded = loadScenarioText(text, file);
  if (!loaded.ok) throw new Error(`${file} is not a valid scenario:\n${loaded.problems.map((p) => formatProblem(file, p)).join('\n')}`);
  return { file, text, scenario: loaded.value.scenario };
}

const sourceOf = (loaded: LoadedScenario) => {
  const checked = loadScenarioText(loaded.text, loaded.file);
  if (!checked.ok) throw new Error(`${loaded.file} is not a valid scenario`);
  return { file: loaded.file, text: loaded.text, checked: checked.value };
};

/**
 * Sweeps a scenario over a full factorial grid of settings (`gasim sweep --vary`): each point a
 * sweep of `runs` runs on the same seeds, on one pool of workers. Works from `dist/`.
 */
export function sweepGrid(loaded: LoadedScenario, parameters: readonly Parameter[], options: { runs: number; seed?: number; workers?: number; onProgress?: GridOptions['onProgress'] }): Promise<GridResult> {
  return runGrid(sourceOf(loaded), parameters, { runs: options.runs, seed: options.seed ?? loaded.scenario.seed, workers: options.workers ?? 1, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
}

/** Paired comparison of two variants on the same seeds (`gasim compare`). Works from `dist/`. */
export function compare(a: LoadedScenario, b: LoadedScenario, options: { runs: number; seed?: number; workers?: number; onProgress?: CompareOptions['onProgress'] }): Promise<Comparison> {
  return runCompare(sourceOf(a), sourceOf(b), { runs: options.runs, seed: options.seed ?? a.scenario.seed, workers: options.workers ?? 1, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
}

/** Fits behaviour settings to published counts (`gasim calibrate`); runs in the calling thread. */
export function calibrate(loaded: LoadedScenario, observed: ObservedFileInput, options: { seed?: number; draws?: number; fit?: readonly string[] } = {}): Calibration {
  const parsed = ObservedFileSchema.parse(observed);
  return runCalibrate(sourceOf(loaded), parsed, { seed: options.seed ?? loaded.scenario.seed, draws: options.draws ?? 2000, fit: options.fit ?? [] });
}

/** An observed-results file's content, as written (`format: gasim/observed@1`, `ballots`, `fit`). */
export type ObservedFileInput = z.input<typeof ObservedFileSchema>;
