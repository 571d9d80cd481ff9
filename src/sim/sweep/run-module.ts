import { parse } from 'yaml';
import { ScenarioSchema, type Scenario } from '../../scenario/schema.js';
import type { RunOne } from './run-chunk.js';

/**
 * What a sweep worker imports to run sessions: `prepareRuns`, called once per scenario of the
 * worker's tasks (what the runs share: setup, compiled behaviour), which returns the run of one
 * seed; and optionally `loadScenario` (by default the worker reads the text as YAML and parses it
 * with `ScenarioSchema`).
 */
export interface RunModule {
  readonly prepareRuns: (scenario: Scenario) => RunOne;
  readonly loadScenario?: (text: string, file: string) => Scenario;
}

/** The scenario of a sweep worker, loaded the run module's way or as plain YAML. */
export function loadWorkerScenario(module: RunModule, text: string, file: string): Scenario {
  return module.loadScenario ? module.loadScenario(text, file) : ScenarioSchema.parse(parse(text));
}
