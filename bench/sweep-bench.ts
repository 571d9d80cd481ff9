import type { runSweep as RunSweep } from '../src/sim/sweep/run-sweep.js';
import { fromDist } from './dist.js';
import { jsonChild } from './json-child.js';
import { median, round } from './stats.js';

export interface SpeedupResult {
  /** Median over the rounds of one worker's wall time over two workers' (start-up included). */
  readonly twoWorkerSpeedup: number;
  readonly runs: number;
  readonly oneWorkerSeconds: number[];
  readonly twoWorkerSeconds: number[];
  /** Wall time of a sweep of one run per worker: worker start-up and scenario loading. */
  readonly startupSeconds: { readonly 1: number; readonly 2: number };
  /** The speed-up once that start-up is subtracted from both (what a long sweep tends to). */
  readonly amortisedSpeedup: number;
}

/** The same runs in one process, then split over two independent processes started together. */
export interface ProcessPairResult {
  /** Median over the rounds of one process's wall time over that of the slower of two, each doing half (start-up included). */
  readonly twoProcessSpeedup: number;
  readonly runs: number;
  readonly oneProcessSeconds: number[];
  readonly twoProcessSeconds: number[];
  /** CPU seconds over wall seconds of the one process: above 1, V8's helper threads (GC, compiler) use the second core. */
  readonly oneProcessCores: number;
}

async function sessionLoop(file: string, from: number, to: number) {
  const cpu = await jsonChild<{ userSeconds: number; systemSeconds: number }>('session-loop-child.ts', [file, String(from), String(to)]);
  return cpu.userSeconds + cpu.systemSeconds;
}

async function seconds<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await work();
  return [(performance.now() - start) / 1000, value];
}

/**
 * The two-way speed-up of a sweep, and its ceiling on this machine, measured in the same rounds so
 * that both meet the same load: in each round, `runs` runs of the scenario (seed 1) as a sweep
 * with 1 and then 2 workers, then in one plain process (`session-loop-child.ts`, no worker, no
 * messages) and then split over two such processes started together. Nothing is shared between
 * the two processes, so whatever keeps their speed-up below 2 is the hardware and V8's own helper
 * threads, not the sweep's design. Each speed-up is the median of the per-round ratios.
 */
export async function benchParallel(scenarioText: string, file: string, options: { runs: number; rounds: number }): Promise<{ workers: SpeedupResult; processPair: ProcessPairResult }> {
  const { runSweep } = await fromDist<{ runSweep: typeof RunSweep }>('sim/sweep/run-sweep.js');
  const sweep = (runs: number, workers: number) =>
    seconds(async () => {
      const aggregate = await runSweep({ scenarioText, file, runs, workers, seed: 1 });
      if (aggregate.runs !== runs) throw new Error(`sweep aggregated ${aggregate.runs} of ${runs} runs`);
    });
  const half = Math.floor(options.runs / 2);
  const t = { w1: [] as number[], w2: [] as number[], p1: [] as number[], p2: [] as number[], cores: [] as number[] };
  for (let r = 0; r < options.rounds; r++) {
    t.w1.push((await sweep(options.runs, 1))[0]);
    t.w2.push((await sweep(options.runs, 2))[0]);
    const [wall, cpu] = await seconds(() => sessionLoop(file, 0, options.runs));
    t.p1.push(wall);
    t.cores.push(cpu / wall);
    t.p2.push((await seconds(() => Promise.all([sessionLoop(file, 0, half), sessionLoop(file, half, options.runs)])))[0]);
  }
  const startup = { 1: (await sweep(1, 1))[0], 2: (await sweep(2, 2))[0] };
  const perRound = (a: number[], b: number[]) => round(median(a.map((x, i) => x / b[i]!)), 3);
  const secondsOf = (xs: number[]) => xs.map((x) => round(x, 3));
  return {
    workers: {
      twoWorkerSpeedup: perRound(t.w1, t.w2),
      startupSeconds: { 1: round(startup[1], 3), 2: round(startup[2], 3) },
      amortisedSpeedup: round(median(t.w1.map((x, i) => Math.max(0, x - startup[1]) / Math.max(1e-3, t.w2[i]! - startup[2]))), 3),
      runs: options.runs,
      oneWorkerSeconds: secondsOf(t.w1),
      twoWorkerSeconds: secondsOf(t.w2),
    },
    processPair: {
      twoProcessSpeedup: perRound(t.p1, t.p2),
      runs: options.runs,
      oneProcessSeconds: secondsOf(t.p1),
      twoProcessSeconds: secondsOf(t.p2),
      oneProcessCores: round(median(t.cores), 2),
    },
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
  const start = performance.now();
  const parsed = await jsonChild<{ maxRssKiB: number }>('sweep-memory-child.ts', [String(runs), String(workers)]);
  return { runs, maxRssMiB: round(parsed.maxRssKiB / 1024, 1), seconds: round((performance.now() - start) / 1000, 2) };
}

/** Peak RSS (`process.resourceUsage().maxRSS` of a fresh child) of a `large`-run sweep over a `small`-run one. */
export async function benchSweepMemory(options: { small: number; large: number; workers: number }): Promise<MemoryResult> {
  const small = await childSweep(options.small, options.workers);
  const large = await childSweep(options.large, options.workers);
  return {
    scenario: 'synthetic (test/fixtures/synthetic-scenario.ts: 196 members, budget, resolution, 4-candidate presidency)',
    runModule: 'bench/replay-run-session.mjs (copies of 16 real machine outcomes; measures the sweep, not the machine)',
    workers: options.workers,
    small,
    large,
    ratio: round(large.maxRssMiB / small.maxRssMiB, 3),
  };
}
