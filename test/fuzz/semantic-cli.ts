import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../test-utils/io.js';
import { loadScenarioText } from '../../src/scenario/load-scenario.js';
import { runScenario } from '../../src/index.js';
import { arbScenarioPlan, scenarioTextOf, type ScenarioPlan } from './semantic-scenario.js';
import type { Tally } from './classes.js';

function fail(message: string): never {
  throw new Error(message);
}

/**
 * A semantic scenario through `gasim run --seed S --json` in process: exit 0 with the very result
 * the library's `runScenario` gives for that seed, or exit 2 with located problems (or the
 * session cap's diagnosis) and a fix; never 3, never a stack trace.
 */
export async function checkSemanticCli(dir: string, plan: ScenarioPlan): Promise<string> {
  const text = scenarioTextOf(plan);
  writeFileSync(join(dir, 'semantic.yaml'), text);
  const io = captureIo({ cwd: dir });
  const code = await main(['run', 'semantic.yaml', '--seed', String(plan.runSeed), '--json'], io);
  const err = io.err();
  if (code !== 0 && code !== 2) fail(`gasim run: exit ${code}: ${err.slice(0, 2000)}`);
  if (/\n\s+at /.test(err)) fail(`gasim run: a stack trace: ${err.slice(0, 2000)}`);
  if (code === 2) {
    if (!/fix: /.test(err)) fail(`gasim run: exit 2 without a fix: ${err.slice(0, 1000)}`);
    if (!/^ {2}semantic\.yaml:[1-9]\d*:[1-9]\d*: /m.test(err) && !/does not end/.test(err)) fail(`gasim run: a refusal not located: ${err.slice(0, 1000)}`);
    return /does not end/.test(err) ? 'does-not-end' : 'refused';
  }
  const loaded = loadScenarioText(text, 'semantic.yaml');
  if (!loaded.ok) fail('gasim run accepted a scenario the loader refuses');
  const expected = JSON.stringify(runScenario(loaded.value.scenario, { seed: plan.runSeed }).result, null, 2) + '\n';
  if (io.out() !== expected) fail(`gasim run --json and runScenario differ for seed ${plan.runSeed}`);
  return 'ran';
}

/** The property over semantic plans, writing into `dir`. */
export function semanticCliProperty(dir: string, tally: Tally): fc.IAsyncProperty<[ScenarioPlan]> {
  return fc.asyncProperty(arbScenarioPlan, async (plan) => void tally(await checkSemanticCli(dir, plan)));
}
