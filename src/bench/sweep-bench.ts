import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { runSweep } from '../sim/sweep/run-sweep.js';
import { median, round } from './stats.js';

const run = promisify(execFile);

export interface SpeedupResult {
  readonly twoWorkerSpeedup: number;
  readonly runs: number;
  readonly oneWorkerSeconds: number[];
  readonly twoWorkerSeconds: number[];
  /** Wall time of a sweep of one run per worker: worker start-up and scenario loading. */
  readonly startupSeconds: { readonly 1: number; readonly 2: number };
  /** The speed-up once that start-up is subtracted from both (what a long sweep tends to). */
  readonly amortisedSpeedup: number;
}

/**
 * The same sweep (`runs` runs of the scenario, seed 1) with 1 and then 2 workers, `repetitions`
 * times alternately; the speed-up is the ratio of the median wall times (worker start-up included).
 */
export async function benchWorkers(scenarioText: string, file: string, options: { runs: number; repetitions: number }): Promise<SpeedupResult> {
  const sweep = async (runs: number, workers: number) => {
    const start = performance.now();
    const aggregate = await runSweep({ scenarioText, file, runs, workers, seed: 1 });
    if (aggregate.runs !== runs) throw new Error(`sweep aggregated ${aggregate.runs} of ${runs} runs`);
    return (performance.now() - start) / 1000;
  };
  const times: Record<1 | 2, number[]> = { 1: [], 2: [] };
  for (let r = 0; r < options.repetitions; r++) {
    for (const workers of [1, 2] as const) times[workers].push(await sweep(options.runs, workers));
  }
  const startup = { 1: await sweep(1, 1), 2: await sweep(2, 2) };
  const [t1, t2] = [median(times[1]), median(times[2])];
  return {
    twoWorkerSpeedup: round(t1 / t2, 3),
    startupSeconds: { 1: round(startup[1], 3), 2: round(startup[2], 3) },
    amortisedSpeedup: round(Math.max(0, t1 - startup[1]) / Math.max(1e-3, t2 - startup[2]), 3),
    runs: options.runs,
    oneWorkerSeconds: times[1].map((t) => round(t, 3)),
    twoWorkerSeconds: times[2].map((t) => round(t, 3)),
  };
}

/** The same runs in one process, then split over two independent processes started together. */
export interface ProcessPairResult {
  /** Wall time of one process over that of the slower of two, each doing half (start-up included). */
  readonly twoProcessSpeedup: number;
  readonly runs: number;
  readonly oneProcessSeconds: number[];
  readonly twoProcessSeconds: number[];
  /** CPU seconds over wall seconds of the one process: above 1, V8's helper threads (GC, compiler) use the second core. */
  readonly oneProcessCores: number;
}

async function sessionLoop(file: string, from: number, to: number) {
  const child = fileURLToPath(new URL('./session-loop-child.js', import.meta.url));
  const { stdout } = await run(process.execPath, [child, file, String(from), String(to)], { maxBuffer: 1 << 20 });
  const cpu = JSON.parse(stdout) as { userSeconds: number; systemSeconds: number };
  return cpu.userSeconds + cpu.systemSeconds;
}

/**
 * The ceiling of any two-way split on this machine for this workload: nothing is shared between
 * two OS processes (no worker threads, no messages, no aggregation), so whatever keeps their
 * speed-up below 2 is the hardware and V8's own helper threads, not the sweep's design.
 */
export async function benchProcessPair(file: string, options: { runs: number; repetitions: number }): Promise<ProcessPairResult> {
  const half = Math.floor(options.runs / 2);
  const one: number[] = [];
  const two: number[] = [];
  const cores: number[] = [];
  for (let r = 0; r < options.repetitions; r++) {
    let start = performance.now();
    const cpu = await sessionLoop(file, 0, options.runs);
    const wall = (performance.now() - start) / 1000;
    one.push(wall);
    cores.push(cpu / wall);
    start = performance.now();
    await Promise.all([sessionLoop(file, 0, half), sessionLoop(file, half, options.runs)]);
    two.push((performance.now() - start) / 1000);
  }
  return {
    twoProcessSpeedup: round(median(one) / median(two), 3),
    runs: options.runs,
    oneProcessSeconds: one.map((t) => round(t, 3)),
    twoProcessSeconds: two.map((t) => round(t, 3)),
    oneProcessCores: round(median(cores), 2),
  };
}

export interface MemoryResult {
  readonly scenario: string;
  readonly runModule: string;
  readonly workers: number;
  readonly small: { readonly runs: number; readonly maxRssMiB: number; readonly seconds: number };
  readonly large: { readonly runs: number; readonly maxRssMiB: number; readonly seconds: number };
  readonly ratio: number;
}

async function childSweep(runs: number, workers: number) {
  const child = fileURLToPath(new URL('./sweep-memory-child.js', import.meta.url));
  const start = performance.now();
  const { stdout } = await run(process.execPath, [child, String(runs), String(workers)], { maxBuffer: 1 << 20 });
  const parsed = JSON.parse(stdout) as { maxRssKiB: number };
  return { runs, maxRssMiB: round(parsed.maxRssKiB / 1024, 1), seconds: round((performance.now() - start) / 1000, 2) };
}

/** Peak RSS (`process.resourceUsage().maxRSS` of a fresh child) of a `large`-run sweep over a `small`-run one. */
export async function benchSweepMemory(options: { small: number; large: number; workers: number }): Promise<MemoryResult> {
  const small = await childSweep(options.small, options.workers);
  const large = await childSweep(options.large, options.workers);
  return {
    scenario: 'synthetic (src/testing/synthetic-scenario.ts: 196 members, budget, resolution, 4-candidate presidency)',
    runModule: 'dist/bench/replay-run-session.js (copies of 16 real machine outcomes; measures the sweep, not the machine)',
    workers: options.workers,
    small,
    large,
    ratio: round(large.maxRssMiB / small.maxRssMiB, 3),
  };
}
