import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadScenario, prepareRuns } from '../src/sim/run-session.js';
import { catalogueOf } from '../src/sim/sweep/catalogue.js';
import { applySettings } from '../src/sim/sweep/grid/apply.js';
import { runChunk } from '../src/sim/sweep/run-chunk.js';
import type { runSweep as RunSweep, runSweepPoints as RunSweepPoints } from '../src/sim/sweep/run-sweep.js';
import { fromDist } from './dist.js';
import { makePartial, shardRange } from '../src/sim/sweep/shard/shard.js';
import { jsonChild } from './json-child.js';
import { median, round } from './stats.js';

const ROOT = new URL('../', import.meta.url);
const CONTESTED = 'scenarios/contested-presidency.yaml';

async function seconds(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
}

/** Wall and CPU seconds (this process's threads, the sweep's workers included) of `work`. */
async function timed(work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const wall = await seconds(work);
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1e6 };
}

/**
 * Issue 16: a 6-point grid (turnout 0.70 … 0.95) of `runsPerPoint` runs each on contested-presidency
 * against one sweep of 6 × `runsPerPoint` runs, both with `workers` workers, in turns; the ratio is
 * the median of the per-round ratios of wall times (target ≤ 1.1), `cpuRatio` the same of CPU seconds.
 */
export async function benchGridVsSweep(options: { runsPerPoint: number; workers: number; rounds: number }) {
  const text = readFileSync(new URL(CONTESTED, ROOT), 'utf8');
  const file = fileURLToPath(new URL(CONTESTED, ROOT));
  const points = [0.7, 0.75, 0.8, 0.85, 0.9, 0.95].map((turnout) => {
    const applied = applySettings(text, file, { 'voting.model.turnout': turnout });
    if (!applied.ok) throw new Error(applied.problems.join('; '));
    return { text: applied.variant.text, file };
  });
  const { runSweep, runSweepPoints } = await fromDist<{ runSweep: typeof RunSweep; runSweepPoints: typeof RunSweepPoints }>('sim/sweep/run-sweep.js');
  const single: { wall: number; cpu: number }[] = [];
  const grid: { wall: number; cpu: number }[] = [];
  for (let r = 0; r < options.rounds; r++) {
    single.push(await timed(() => runSweep({ scenarioText: text, file, runs: 6 * options.runsPerPoint, workers: options.workers, seed: 1 })));
    grid.push(await timed(() => runSweepPoints({ points, runs: options.runsPerPoint, workers: options.workers, seed: 1 })));
  }
  return {
    scenario: CONTESTED,
    runsPerPoint: options.runsPerPoint,
    points: 6,
    workers: options.workers,
    sweepSeconds: single.map((s) => round(s.wall, 2)),
    gridSeconds: grid.map((s) => round(s.wall, 2)),
    ratio: round(median(grid.map((g, i) => g.wall / single[i]!.wall)), 3),
    // CPU seconds of all threads: what a busy shared machine distorts least (the wall ratio swings with the load)
    sweepCpuSeconds: single.map((s) => round(s.cpu, 2)),
    gridCpuSeconds: grid.map((s) => round(s.cpu, 2)),
    cpuRatio: round(median(grid.map((g, i) => g.cpu / single[i]!.cpu)), 3),
  };
}

/**
 * Issue 16: `gasim merge` of 100 partials (a 200-run contested-presidency sweep in 100 shards,
 * computed in process), timed as the command a user runs: a child `node dist/cli.js merge …`,
 * start-up included (median of `repetitions`; target < 1 s).
 */
export async function benchMerge(options: { shards: number; runs: number; repetitions: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'gasim-merge-bench-'));
  try {
    const file = fileURLToPath(new URL(CONTESTED, ROOT));
    const text = readFileSync(file, 'utf8');
    const scenario = loadScenario(text, file);
    const catalogue = catalogueOf(scenario);
    const runOne = prepareRuns(scenario);
    const files: string[] = [];
    for (let index = 1; index <= options.shards; index++) {
      const shard = { index, count: options.shards };
      const [from, to] = shardRange(options.runs, shard);
      const aggregate = runChunk(runOne, 1, from, to);
      const partial = makePartial({ gasim: '0.1.0', scenario: { id: scenario.id, file: CONTESTED, text }, seed: 1, runs: options.runs, shard, parameters: [], points: [{ values: {}, catalogue, aggregate }] });
      const path = join(dir, `part-${index}.json`);
      writeFileSync(path, `${JSON.stringify(partial)}\n`);
      files.push(path);
    }
    const cli = fileURLToPath(new URL('dist/cli.js', ROOT));
    const times: number[] = [];
    for (let r = 0; r < options.repetitions; r++) times.push(await seconds(() => promisify(execFile)(process.execPath, [cli, 'merge', ...files, '--json'], { maxBuffer: 1 << 24 })));
    return { shards: options.shards, runs: options.runs, seconds: times.map((t) => round(t, 3)), medianSeconds: round(median(times), 3) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Issue 16: peak RSS of a fresh child streaming a `large`-run table over that of a `small`-run one
 * (target ≤ 1.2): children in turns (small, large, small, …), `repetitions` of each; the ratio is that
 * of the medians (a child's peak varies by several MiB with the load).
 */
export async function benchRunTableMemory(options: { small: number; large: number; workers: number; format: 'parquet' | 'csv'; repetitions: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'gasim-runs-bench-'));
  try {
    const child = async (runs: number) => {
      const start = performance.now();
      const out = await jsonChild<{ maxRssKiB: number }>('runs-table-memory-child.ts', [String(runs), String(options.workers), join(dir, `runs-${runs}.${options.format}`)]);
      return { maxRssMiB: round(out.maxRssKiB / 1024, 1), seconds: round((performance.now() - start) / 1000, 2) };
    };
    const small: { maxRssMiB: number; seconds: number }[] = [];
    const large: { maxRssMiB: number; seconds: number }[] = [];
    for (let r = 0; r < options.repetitions; r++) {
      small.push(await child(options.small));
      large.push(await child(options.large));
    }
    const peak = (children: { maxRssMiB: number }[]) => median(children.map((c) => c.maxRssMiB));
    return {
      format: options.format,
      runModule: 'bench/replay-run-session.mjs (synthetic scenario; measures the table, not the machine)',
      workers: options.workers,
      small: { runs: options.small, maxRssMiB: peak(small), children: small },
      large: { runs: options.large, maxRssMiB: peak(large), children: large },
      ratio: round(peak(large) / peak(small), 3),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** All three, with their targets. */
export async function benchAnalyst(options: { runsPerPoint: number; rounds: number; memoryRepetitions: number }) {
  const gridVsSweep = await benchGridVsSweep({ runsPerPoint: options.runsPerPoint, workers: 2, rounds: options.rounds });
  const merge = await benchMerge({ shards: 100, runs: 200, repetitions: 3 });
  const runTables = await benchRunTableMemory({ small: 10_000, large: 100_000, workers: 2, format: 'parquet', repetitions: options.memoryRepetitions });
  return {
    gridVsSweep,
    merge,
    runTables,
    targets: {
      gridWithin110PercentOfSweep: { target: '6-point grid of N runs each <= 1.1 x one sweep of 6N runs', value: gridVsSweep.ratio, met: gridVsSweep.ratio <= 1.1 },
      mergeOf100PartialsUnder1s: { target: 'gasim merge of 100 partials < 1 s (child process, start-up included)', value: merge.medianSeconds, met: merge.medianSeconds < 1 },
      runTablesFlatMemory: { target: '100,000-run table peak RSS <= 1.2 x 10,000-run peak', value: runTables.ratio, met: runTables.ratio <= 1.2 },
    },
  };
}
