import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, round } from './stats.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[[0-9;?]*[A-Za-z]/g;
/** Text of the header's first line (the venue), present only once a frame is drawn. */
const HEADER = 'Marrakech';

function hasScript(): boolean {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** ink renders only at exit when it thinks it runs in CI (any `CI` variable): drop it for the child. */
function withoutCi(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.CI;
  delete env.CONTINUOUS_INTEGRATION;
  return env;
}

const FRAME_CPU = join(ROOT, 'bench/frame-cpu.mjs');

/** A checkout to start `gasim tui` from: its root holds `dist/cli.js` and `scenarios/`. */
export interface TuiCheckout {
  readonly label: string;
  readonly root: string;
}

interface FrameRun {
  readonly wallMs: number;
  /** CPU time of the process (all threads) at its first frame, when measured (frame-cpu.mjs). */
  readonly cpuMs: number | null;
}

/**
 * Spawns `gasim tui` of `root` in a pseudo-terminal (util-linux `script`) at 80×24; wall time until
 * the header shows. With `cpu`, the process runs with frame-cpu.mjs, which records its CPU time at
 * that first frame (the preload costs a few milliseconds of wall time, so `cpu` runs are kept apart).
 * `bare` runs a bare node that writes the header at once instead: the floor of process start-up.
 */
function firstFrameOnce(root: string, timeoutMs: number, options: { cpu?: boolean; bare?: boolean } = {}): Promise<FrameRun | null> {
  const dir = options.cpu ? mkdtempSync(join(tmpdir(), 'gasim-frame-')) : null;
  const cpuFile = dir ? join(dir, 'cpu.txt') : null;
  const preload = cpuFile ? `--import ${JSON.stringify(FRAME_CPU)} ` : '';
  const program = options.bare ? `-e ${JSON.stringify(`process.stdout.write('${HEADER}\\n'); setTimeout(() => {}, ${timeoutMs})`)}` : 'dist/cli.js tui scenarios/marrakech-2025.yaml';
  const cmd = `stty cols 80 rows 24; exec ${JSON.stringify(process.execPath)} ${preload}${program}`;
  const started = performance.now();
  const env = { ...withoutCi(), ...(cpuFile ? { GASIM_FRAME_CPU: cpuFile } : {}) };
  const child = spawn('script', ['-qfc', cmd, '/dev/null'], { cwd: root, stdio: ['pipe', 'pipe', 'ignore'], env });
  return new Promise((resolve) => {
    let text = '';
    let done = false;
    const finish = (wallMs: number | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      child.stdin.write('q');
      setTimeout(() => {
        child.kill('SIGTERM');
        const cpuMs = cpuFile && existsSync(cpuFile) ? Number(readFileSync(cpuFile, 'utf8').split(' ')[0]) : null;
        if (dir) rmSync(dir, { recursive: true, force: true });
        resolve(wallMs === null ? null : { wallMs, cpuMs });
      }, 100);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.replace(ANSI, '').includes(HEADER)) finish(performance.now() - started);
    });
    child.on('exit', () => finish(null));
  });
}

/**
 * Wall time from spawning `node dist/cli.js tui scenarios/marrakech-2025.yaml` in a pty to the
 * first output containing the header, `repetitions` times (node start-up and loading included),
 * and in as many runs the process's CPU time at that frame.
 */
export async function benchFirstFrame(repetitions: number): Promise<{ skipped: string } | { firstFramePtyMs: number; runsMs: number[]; cpuAtFrameMs: number; cpuRunsMs: number[] }> {
  const result = await benchFirstFrameSideBySide([{ label: 'this checkout', root: ROOT }], repetitions);
  if ('skipped' in result) return result;
  const { wallMs, cpuMs } = result.checkouts[0]!;
  return { firstFramePtyMs: wallMs.median, runsMs: wallMs.runs, cpuAtFrameMs: cpuMs.median, cpuRunsMs: cpuMs.runs };
}

interface Summary {
  readonly median: number;
  readonly runs: number[];
}

const summary = (values: readonly number[]): Summary => ({ median: round(median(values), 1), runs: values.map((v) => round(v, 1)) });

/** Side-by-side first frames: load averages (1, 5, 15 min) before and after, the floor, each checkout. */
export type SideBySideFrames =
  | { readonly skipped: string }
  | {
      readonly loadAverage: { readonly before: number[]; readonly after: number[]; readonly cpus: number };
      readonly bareNode: { readonly wallMs: Summary; readonly cpuMs: Summary };
      readonly checkouts: { readonly label: string; readonly root: string; readonly wallMs: Summary; readonly cpuMs: Summary }[];
    };

/**
 * The first frame of several checkouts (e.g. a baseline and this one) measured in turns, so that they
 * share the machine's load: per round, each checkout once for wall time and once for CPU time, and a
 * bare node writing the header (the floor). Returns medians and runs, with the load averages around.
 */
export async function benchFirstFrameSideBySide(checkouts: readonly TuiCheckout[], repetitions: number): Promise<SideBySideFrames> {
  if (process.platform === 'win32' || !hasScript()) return { skipped: 'util-linux `script` not found (needed for a pseudo-terminal)' };
  const loadBefore = loadavg().map((l) => round(l, 2));
  const runs = checkouts.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  const bare = { wall: [] as number[], cpu: [] as number[] };
  for (let i = 0; i < repetitions; i++) {
    for (const [k, checkout] of checkouts.entries()) {
      const wall = await firstFrameOnce(checkout.root, 20_000);
      const cpu = await firstFrameOnce(checkout.root, 20_000, { cpu: true });
      if (wall === null || cpu === null || cpu.cpuMs === null) return { skipped: `${checkout.label}: no frame with the header within 20 s in the pseudo-terminal` };
      runs[k]!.wall.push(wall.wallMs);
      runs[k]!.cpu.push(cpu.cpuMs);
    }
    const floor = await firstFrameOnce(ROOT, 20_000, { bare: true, cpu: true });
    if (floor !== null) {
      bare.wall.push(floor.wallMs);
      if (floor.cpuMs !== null) bare.cpu.push(floor.cpuMs);
    }
  }
  return {
    loadAverage: { before: loadBefore, after: loadavg().map((l) => round(l, 2)), cpus: availableParallelism() },
    bareNode: { wallMs: summary(bare.wall), cpuMs: summary(bare.cpu) },
    checkouts: checkouts.map((c, k) => ({ label: c.label, root: c.root, wallMs: summary(runs[k]!.wall), cpuMs: summary(runs[k]!.cpu) })),
  };
}
