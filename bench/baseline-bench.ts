import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { baselineBuild } from './baseline-worktree.js';
import { ROOT } from './dist.js';
import { jsonChild } from './json-child.js';
import { median, progress, round } from './stats.js';

export interface BaselineOptions {
  readonly ref: string;
  readonly scenario: string;
  /** Alternating rounds of one rate window per build. */
  readonly rounds: number;
  readonly warmupMs: number;
  readonly windowMs: number;
  /** Runs of each one- and two-worker sweep (0 skips the workers). */
  readonly sweepRuns: number;
  readonly sweepRounds: number;
}

interface Build {
  readonly name: 'baseline' | 'current';
  readonly commit: string;
  readonly dist: string;
}

const loads = () => loadavg().map((l) => round(l, 2));

/** The engine's size in a checkout (issue 15: at most 1,800 lines in `src/machine`, no file over 150). */
export function machineSize(root: string): { lines: number; files: number; largest: { file: string; lines: number } } {
  const dir = join(root, 'src', 'machine');
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
  const counted = files.map((file) => ({ file, lines: readFileSync(join(dir, file), 'utf8').split('\n').length - 1 }));
  const largest = counted.reduce((a, b) => (b.lines > a.lines ? b : a), { file: '', lines: 0 });
  return { lines: counted.reduce((sum, f) => sum + f.lines, 0), files: files.length, largest };
}
const child = <T>(build: Build, args: readonly string[], flags: readonly string[] = []) => jsonChild<T>('compare-child.ts', [build.dist, ...args], flags);

/**
 * `npm run bench -- --baseline REF`: the same Marrakech sessions through a build of REF and through
 * this checkout's build, in alternating rounds of child processes (the order flips each round so
 * that a drift of the machine's load hits both alike): sessions per second (medians, and the median
 * of the per-round ratios), bytes allocated per session, and a sweep with two workers against one.
 */
export async function benchBaseline(options: BaselineOptions) {
  const scenario = join(ROOT, options.scenario);
  const base = baselineBuild(ROOT, options.ref);
  const builds: Build[] = [
    { name: 'baseline', ...base },
    { name: 'current', commit: 'working tree', dist: join(ROOT, 'dist') },
  ];
  const loadAtStart = loads();
  const rates: Record<Build['name'], number[]> = { baseline: [], current: [] };
  const cpuRates: Record<Build['name'], number[]> = { baseline: [], current: [] };
  for (let r = 0; r < options.rounds; r++) {
    progress(`baseline: rate round ${r + 1}/${options.rounds} (load ${loads().join(' ')})`);
    for (const build of r % 2 === 0 ? builds : [...builds].reverse()) {
      const rate = await child<{ sessionsPerSecond: number; sessionsPerCpuSecond: number }>(build, ['rate', scenario, String(options.warmupMs), String(options.windowMs)]);
      rates[build.name].push(rate.sessionsPerSecond);
      cpuRates[build.name].push(rate.sessionsPerCpuSecond);
    }
  }
  progress('baseline: allocation per session (young generation of 512 MiB: no collection while measuring)');
  const allocation = {} as Record<Build['name'], { megabytesPerSession: number; collected: boolean }>;
  for (const build of builds) {
    const a = await child<{ bytesPerSession: number; collected: boolean }>(build, ['alloc', scenario, '10'], ['--min-semi-space-size=512', '--max-semi-space-size=512']);
    allocation[build.name] = { megabytesPerSession: round(a.bytesPerSession / 2 ** 20, 3), collected: a.collected };
  }
  const workers = {} as Record<Build['name'], { oneWorkerSeconds: number[]; twoWorkerSeconds: number[]; twoWorkerSpeedup: number }>;
  const loadBeforeWorkers = loads();
  for (const build of options.sweepRuns > 0 ? builds : []) {
    progress(`baseline: ${build.name} sweep of ${options.sweepRuns} runs with 1 and 2 workers, ${options.sweepRounds} rounds (load ${loads().join(' ')})`);
    const one: number[] = [];
    const two: number[] = [];
    for (let r = 0; r < options.sweepRounds; r++) {
      one.push((await child<{ seconds: number }>(build, ['sweep', scenario, String(options.sweepRuns), '1'])).seconds);
      two.push((await child<{ seconds: number }>(build, ['sweep', scenario, String(options.sweepRuns), '2'])).seconds);
    }
    workers[build.name] = { oneWorkerSeconds: one.map((s) => round(s, 2)), twoWorkerSeconds: two.map((s) => round(s, 2)), twoWorkerSpeedup: round(median(one.map((s, i) => s / two[i]!)), 3) };
  }
  return {
    scenario: options.scenario,
    baseline: { ref: options.ref, commit: base.commit },
    sessionsPerSecond: {
      baseline: round(median(rates.baseline), 1),
      current: round(median(rates.current), 1),
      ratio: round(median(rates.current.map((c, i) => c / rates.baseline[i]!)), 3),
      rounds: { baseline: rates.baseline.map((x) => round(x, 1)), current: rates.current.map((x) => round(x, 1)) },
    },
    /** Per second of the process's CPU time (all its threads): what a busy shared machine distorts least. */
    sessionsPerCpuSecond: {
      baseline: round(median(cpuRates.baseline), 1),
      current: round(median(cpuRates.current), 1),
      ratio: round(median(cpuRates.current.map((c, i) => c / cpuRates.baseline[i]!)), 3),
    },
    allocation,
    machineSize: { baseline: machineSize(dirname(base.dist)), current: machineSize(ROOT) },
    workers,
    loadAverage: { atStart: loadAtStart, beforeWorkers: loadBeforeWorkers, atEnd: loads(), cores: (await import('node:os')).availableParallelism() },
  };
}

/** The figures as a few lines a person reads (stderr; stdout carries the JSON). */
export function describeBaseline(r: Awaited<ReturnType<typeof benchBaseline>>): string {
  const s = r.sessionsPerSecond;
  const lines = [
    `${r.scenario}: baseline ${r.baseline.ref} (${r.baseline.commit.slice(0, 12)}) against the working tree`,
    `  sessions/s (median of ${s.rounds.current.length} rounds): baseline ${s.baseline}, current ${s.current}, ratio ${s.ratio}x`,
    `  sessions per CPU second (all threads): baseline ${r.sessionsPerCpuSecond.baseline}, current ${r.sessionsPerCpuSecond.current}, ratio ${r.sessionsPerCpuSecond.ratio}x`,
    `  allocated per session: baseline ${r.allocation.baseline.megabytesPerSession} MB, current ${r.allocation.current.megabytesPerSession} MB`,
    ...(['baseline', 'current'] as const).map((name) => {
      const m = r.machineSize[name];
      return `  src/machine, ${name}: ${m.lines} lines in ${m.files} files, the largest ${m.largest.file} (${m.largest.lines} lines)`;
    }),
  ];
  for (const [name, w] of Object.entries(r.workers)) lines.push(`  ${name}: 2 workers ${w.twoWorkerSpeedup}x 1 worker (1: ${w.oneWorkerSeconds.join(', ')} s; 2: ${w.twoWorkerSeconds.join(', ')} s)`);
  lines.push(`  load average (1, 5, 15 min) at start ${r.loadAverage.atStart.join(' ')}, before the workers ${r.loadAverage.beforeWorkers.join(' ')}, at end ${r.loadAverage.atEnd.join(' ')} on ${r.loadAverage.cores} cores`);
  return lines.join('\n');
}
