// `npm run bench:analyst`: issue 16's targets at full size (a 6-point grid of 2,000 runs each),
// as one JSON object on stdout; `npm run bench` runs the same at a smaller grid.
import { benchAnalyst } from './analyst-bench.js';
import { progress, round } from './stats.js';

const started = performance.now();
const runsPerPoint = Number(process.argv[2] ?? 2000);
progress(`analyst: a 6-point grid of ${runsPerPoint} runs each against one sweep of ${6 * runsPerPoint} (contested-presidency, 2 workers), merge of 100 partials, run-table memory at 10,000 and 100,000 runs`);
const result = await benchAnalyst({ runsPerPoint, rounds: 1 });
process.stdout.write(JSON.stringify({ ...result, benchSeconds: round((performance.now() - started) / 1000, 1) }, null, 2) + '\n');
