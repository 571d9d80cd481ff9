// Child process of `npm run bench -- --baseline REF`: measures one build of gasim (its `dist/`
// directory, given first) on one task and prints one JSON line. Both builds run in children of the
// same kind, so neither shares a JIT, a heap or a module cache with the other.
//   compare-child.ts DIST rate SCENARIO WARMUP_MS WINDOW_MS   sessions per second of wall and of CPU time (runSessionOutcome)
//   compare-child.ts DIST alloc SCENARIO SESSIONS             bytes allocated per session (run with big semi-spaces)
//   compare-child.ts DIST sweep SCENARIO RUNS WORKERS         wall seconds of a sweep (worker start-up included)
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import type * as DeriveSeed from '../src/random/derive-seed.js';
import type * as RunSession from '../src/sim/run-session.js';
import type * as RunSweep from '../src/sim/sweep/run-sweep.js';

const [dist, mode, file] = [process.argv[2]!, process.argv[3]!, process.argv[4]!];
const load = async <T>(path: string) => (await import(pathToFileURL(`${dist}/${path}`).href)) as T;
/** What either build's `sim/run-session.js` offers: `prepareRuns` since the prepared scenarios, `runSessionOutcome(scenario, seed)` before. */
type RunSessionModule = Pick<typeof RunSession, 'loadScenario'> & Partial<Pick<typeof RunSession, 'prepareRuns'>> & { runSessionOutcome: unknown };
const runSession = await load<RunSessionModule>('sim/run-session.js');
const { deriveSeed } = await load<typeof DeriveSeed>('random/derive-seed.js');
const text = readFileSync(file, 'utf8');
const scenario = runSession.loadScenario(text, file);
const SEEDS = Array.from({ length: 64 }, (_, i) => deriveSeed(1, i));
// a build with `prepareRuns` prepares the scenario once, as its sweep workers do; an older build
// takes the scenario on every run (and keeps what it prepared in its own module-level caches)
const runOne: (seed: number) => unknown = runSession.prepareRuns
  ? runSession.prepareRuns(scenario)
  : (seed) => (runSession.runSessionOutcome as (s: typeof scenario, seed: number) => unknown)(scenario, seed);
const session = (i: number) => runOne(SEEDS[i % SEEDS.length]!);
const print = (value: object) => process.stdout.write(JSON.stringify(value) + '\n');

/** Sessions for `ms` of wall time, with the wall and CPU seconds (all of the process's threads) they took. */
function spin(ms: number, from: number): { sessions: number; seconds: number; cpuSeconds: number } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  let n = 0;
  do session(from + n++);
  while (performance.now() - start < ms);
  const used = process.cpuUsage(cpu);
  return { sessions: n, seconds: (performance.now() - start) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

if (mode === 'rate') {
  const warm = spin(Number(process.argv[5]), 0);
  const window = spin(Number(process.argv[6]), warm.sessions);
  print({ sessionsPerSecond: window.sessions / window.seconds, sessionsPerCpuSecond: window.sessions / window.cpuSeconds });
} else if (mode === 'alloc') {
  const sessions = Number(process.argv[5] ?? 10);
  for (let i = 0; i < sessions; i++) session(i); // warm-up: code and caches
  const used = () => v8.getHeapStatistics().used_heap_size;
  const before = used();
  let last = before;
  let collected = false;
  for (let i = 0; i < sessions; i++) {
    session(sessions + i);
    const now = used();
    if (now < last) collected = true;
    last = now;
  }
  print({ bytesPerSession: Math.round((last - before) / sessions), collected });
} else if (mode === 'sweep') {
  const { runSweep } = await load<typeof RunSweep>('sim/sweep/run-sweep.js');
  const [runs, workers] = [Number(process.argv[5]), Number(process.argv[6])];
  const start = performance.now();
  const aggregate = await runSweep({ scenarioText: text, file, runs, workers, seed: 1 });
  if (aggregate.runs !== runs) throw new Error(`sweep aggregated ${aggregate.runs} of ${runs} runs`);
  print({ seconds: (performance.now() - start) / 1000 });
} else {
  throw new Error(`compare-child: unknown mode ${mode}`);
}
