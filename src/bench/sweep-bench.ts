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
