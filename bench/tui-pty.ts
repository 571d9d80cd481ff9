import { execFileSync, spawn } from 'node:child_process';
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

/** Spawns `gasim tui` in a pseudo-terminal (util-linux `script`) at 80×24; ms until the header shows. */
function firstFrameOnce(timeoutMs: number): Promise<number | null> {
  const cmd = `stty cols 80 rows 24; exec ${JSON.stringify(process.execPath)} dist/cli.js tui scenarios/marrakech-2025.yaml`;
  const started = performance.now();
  const child = spawn('script', ['-qfc', cmd, '/dev/null'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'ignore'], env: withoutCi() });
  return new Promise((resolve) => {
    let text = '';
    let done = false;
    const finish = (ms: number | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      child.stdin.write('q');
      setTimeout(() => child.kill('SIGTERM'), 100);
      resolve(ms);
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
 * first output containing the header, `repetitions` times (node start-up and loading included).
 */
export async function benchFirstFrame(repetitions: number): Promise<{ skipped: string } | { firstFramePtyMs: number; runsMs: number[] }> {
  if (process.platform === 'win32' || !hasScript()) return { skipped: 'util-linux `script` not found (needed for a pseudo-terminal)' };
  const runs: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const ms = await firstFrameOnce(10_000);
    if (ms === null) return { skipped: 'no frame with the header within 10 s in the pseudo-terminal' };
    runs.push(ms);
  }
  return { firstFramePtyMs: round(median(runs), 1), runsMs: runs.map((r) => round(r, 1)) };
}
