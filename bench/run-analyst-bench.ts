// `npm run bench:analyst [-- N [ROUNDS]]`: issue 16's targets at full size (a 6-point grid of N = 2,000
// runs each, in ROUNDS = 1 rounds; run tables 3 times each), as one JSON object on stdout; `npm run bench` runs the same at a smaller grid.
import { loadavg } from 'node:os';
import { benchAnalyst } from './analyst-bench.js';
import { progress, round } from './stats.js';

const started = performance.now();
const runsPerPoint = Number(process.argv[2] ?? 2000);
progress(`analyst: a 6-point grid of ${runsPerPoint} runs each against one sweep of ${6 * runsPerPoint} (contested-presidency, 2 workers), merge of 100 partials, run-table memory at 10,000 and 100,000 runs`);
const loadBefore = loadavg().map((l) => round(l, 2));
const result = await benchAnalyst({ runsPerPoint, rounds: Number(process.argv[3] ?? 1), memoryRepetitions: 3 });
// the machine's load average (1, 5, 15 min) before and after: on a shared machine, say what the figures met
const load = { before: loadBefore, after: loadavg().map((l) => round(l, 2)) };
process.stdout.write(JSON.stringify({ ...result, load, benchSeconds: round((performance.now() - started) / 1000, 1) }, null, 2) + '\n');
