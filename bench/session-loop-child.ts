// Child process of the parallel-ceiling bench: `node --import tsx bench/session-loop-child.ts <scenario> <from> <to>`
// runs sweep runs from ≤ i < to of the scenario (seed deriveSeed(1, i)) in this one thread, with no
// worker and no messages, and prints {"runs", "userSeconds", "systemSeconds"}.
import { readFileSync } from 'node:fs';
import { deriveSeed } from '../src/random/derive-seed.js';
import { loadScenario, prepareRuns } from '../src/sim/run-session.js';

const [file, from, to] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4])];
const scenario = loadScenario(readFileSync(file, 'utf8'), file);
const runOne = prepareRuns(scenario);
for (let i = from; i < to; i++) runOne(deriveSeed(1, i));
const cpu = process.cpuUsage();
process.stdout.write(JSON.stringify({ runs: to - from, userSeconds: cpu.user / 1e6, systemSeconds: cpu.system / 1e6 }) + '\n');
