import { readFileSync } from 'node:fs';
import { loadScenarioText } from '../../src/scenario/load-scenario.js';

/** The scenarios of the event-cap tests (issue 18): one whose presidency never ends, one where nobody votes. */
export const NEVER_ENDS = new URL('../../scenarios/variant-two-thirds-every-ballot.yaml', import.meta.url).pathname;
export const TURNOUT_ZERO = new URL('../fixtures/hostile/turnout-zero.yaml', import.meta.url).pathname;

/** A scenario file loaded as the CLI loads it, or a thrown error naming the file. */
export function loadScenario(file: string) {
  const loaded = loadScenarioText(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.value.scenario;
}
