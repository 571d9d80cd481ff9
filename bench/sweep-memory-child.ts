// Child process of the memory bench: `node --import tsx bench/sweep-memory-child.ts <runs> <workers>` runs a sweep of
// the synthetic scenario with the replay run module and prints {"maxRssKiB", "heapUsedBytes"}.
import { stringify } from 'yaml';
import type { runSweep as RunSweep } from '../src/sim/sweep/run-sweep.js';
import { fromDist } from './dist.js';
import { syntheticScenario } from '../test/fixtures/synthetic-scenario.js';

const runs = Number(process.argv[2] ?? 10_000);
const workers = Number(process.argv[3] ?? 1);
const { runSweep } = await fromDist<{ runSweep: typeof RunSweep }>('sim/sweep/run-sweep.js');
const aggregate = await runSweep({
  scenarioText: stringify(syntheticScenario()),
  file: 'synthetic.yaml',
  runs,
  workers,
  seed: 1,
  runModule: new URL('./replay-run-session.mjs', import.meta.url),
});
if (aggregate.runs !== runs) throw new Error(`sweep aggregated ${aggregate.runs} of ${runs} runs`);
process.stdout.write(JSON.stringify({ runs, maxRssKiB: process.resourceUsage().maxRSS, heapUsedBytes: process.memoryUsage().heapUsed }) + '\n');
