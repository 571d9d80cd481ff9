// Child process of the allocation bench, started with a young generation large enough that nothing
// is collected while it measures: `node --min-semi-space-size=512 --max-semi-space-size=512
// bench/allocation-child.ts <scenario>` (with --import tsx). Prints {"machineBytesPerSession", "floorBytesPerSession", ...}:
// the growth of the heap over a few sessions through the machine, then through the no-op statechart.
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import { deriveSeed } from '../src/random/derive-seed.js';
import { loadScenario, prepareScenario, runSession, runSessionOutcome } from '../src/sim/run-session.js';
import { machineFloor } from './machine-floor.js';

const SESSIONS = 10;
const file = process.argv[2]!;
const scenario = loadScenario(readFileSync(file, 'utf8'), file);
const seeds = Array.from({ length: SESSIONS }, (_, i) => deriveSeed(1, i));
const prepared = prepareScenario(scenario);
const runs = seeds.map((seed) => runSession(prepared, seed).events);
const floor = machineFloor(prepared.engine.setup, runs);
/** Set when the heap shrank during a measurement: a collection ran and the figure is too low. */
let collected = false;

const used = () => v8.getHeapStatistics().used_heap_size;
function bytesPerSession(session: (i: number) => unknown): number {
  for (let i = 0; i < SESSIONS; i++) session(i); // warm-up: code and caches
  const before = used();
  let last = before;
  for (let i = 0; i < SESSIONS; i++) {
    session(i);
    const now = used();
    if (now < last) collected = true;
    last = now;
  }
  return Math.round((last - before) / SESSIONS);
}

const machineBytesPerSession = bytesPerSession((i) => runSessionOutcome(prepared, seeds[i]!));
const floorBytesPerSession = bytesPerSession(floor.session);
const eventsPerSession = runs.reduce((sum, events) => sum + events.length, 0) / runs.length;
process.stdout.write(JSON.stringify({ sessions: SESSIONS, machineBytesPerSession, floorBytesPerSession, eventsPerSession, collected }) + '\n');
