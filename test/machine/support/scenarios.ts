import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioText } from '../../../src/scenario/load-scenario.js';
import type { Scenario } from '../../../src/scenario/schema.js';

const root = new URL('../../../', import.meta.url).pathname;

/** A scenario file loaded through both stages, with its text (for the journal's hash). */
export interface LoadedScenario {
  readonly file: string;
  readonly text: string;
  readonly scenario: Scenario;
}

/** Loads a scenario file relative to the repository root; a broken file fails the test at once. */
export function loadScenarioFile(file: string): LoadedScenario {
  const text = readFileSync(join(root, file), 'utf8');
  const loaded = loadScenarioText(text, file);
  if (!loaded.ok) throw new Error(`${file} does not load: ${JSON.stringify(loaded.problems[0])}`);
  return { file, text, scenario: loaded.value.scenario };
}

/** Every scenario in `scenarios/`. */
export function allScenarioFiles(): string[] {
  return readdirSync(join(root, 'scenarios'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `scenarios/${f}`);
}
