// Child process of the run-table memory bench: `node --import tsx bench/runs-table-memory-child.ts <runs> <workers> <file.parquet|.csv>`
// sweeps the synthetic scenario with the replay run module, streaming one row per run to the file,
// and prints {"runs", "maxRssKiB"}.
import { open } from 'node:fs/promises';
import { stringify } from 'yaml';
import { catalogueOf } from '../src/sim/sweep/catalogue.js';
import type { runSweepPoints as RunSweepPoints } from '../src/sim/sweep/run-sweep.js';
import { fromDist } from './dist.js';
import { runLayout } from '../src/sim/sweep/runs-table/columns.js';
import { csvRunTable, parquetRunTable } from '../src/sim/sweep/runs-table/writers.js';
import { syntheticScenario } from '../test/fixtures/synthetic-scenario.js';

const runs = Number(process.argv[2] ?? 10_000);
const workers = Number(process.argv[3] ?? 2);
const file = process.argv[4]!;
const scenario = syntheticScenario();
const { columns } = runLayout(catalogueOf(scenario));
const handle = await open(file, 'w');
const table = file.endsWith('.csv') ? await csvRunTable(handle, columns) : parquetRunTable(handle, columns);
let rows = 0;
const { runSweepPoints } = await fromDist<{ runSweepPoints: typeof RunSweepPoints }>('sim/sweep/run-sweep.js');
await runSweepPoints({
  points: [{ text: stringify(scenario), file: 'synthetic.yaml' }],
  runs,
  workers,
  seed: 1,
  runModule: new URL('./replay-run-session.mjs', import.meta.url),
  onRows: async (_point, batch) => {
    rows += batch.length;
    await table.append(batch);
  },
});
await table.close();
if (rows !== runs) throw new Error(`wrote ${rows} rows of ${runs}`);
process.stdout.write(JSON.stringify({ runs, maxRssKiB: process.resourceUsage().maxRSS }) + '\n');
