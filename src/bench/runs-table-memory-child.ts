// Child process of the run-table memory bench: `node runs-table-memory-child.js <runs> <workers> <file.parquet|.csv>`
// sweeps the synthetic scenario with the replay run module, streaming one row per run to the file,
// and prints {"runs", "maxRssKiB"}.
import { open } from 'node:fs/promises';
import { stringify } from 'yaml';
import { catalogueOf } from '../sim/sweep/catalogue.js';
import { runSweepPoints } from '../sim/sweep/run-sweep.js';
import { runLayout } from '../sim/sweep/runs-table/columns.js';
import { csvRunTable, parquetRunTable } from '../sim/sweep/runs-table/writers.js';
import { syntheticScenario } from '../testing/synthetic-scenario.js';

const runs = Number(process.argv[2] ?? 10_000);
const workers = Number(process.argv[3] ?? 2);
const file = process.argv[4]!;
const scenario = syntheticScenario();
const { columns } = runLayout(catalogueOf(scenario));
const handle = await open(file, 'w');
const table = file.endsWith('.csv') ? await csvRunTable(handle, columns) : parquetRunTable(handle, columns);
let rows = 0;
await runSweepPoints({
  points: [{ text: stringify(scenario), file: 'synthetic.yaml' }],
  runs,
  workers,
  seed: 1,
  runModule: new URL('./replay-run-session.js', import.meta.url),
  onRows: async (_point, batch) => {
    rows += batch.length;
    await table.append(batch);
  },
});
await table.close();
if (rows !== runs) throw new Error(`wrote ${rows} rows of ${runs}`);
process.stdout.write(JSON.stringify({ runs, maxRssKiB: process.resourceUsage().maxRSS }) + '\n');
