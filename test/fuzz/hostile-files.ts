import { spawn, execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The hostile classes of issue 18 that need a real process: special files (a FIFO, /dev/zero, a
 * directory, symbolic links to them) given to every reader of the CLI, two writers of one output at
 * once, and a full disk (/dev/full as the journal, a report and stdout). Each case runs `node
 * dist/cli.js` in a child process killed after `timeoutMs` (a hang is a failure, never a wait),
 * and must end with a documented exit code (never 3), no stack trace and, when refused, a message
 * with a fix. Not shipped (test/ only); `dist/` must be built.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
export const PER_INPUT_TIMEOUT_MS = 10_000;
/** The wall-clock bound of an input whose process still makes progress on a saturated machine. */
export const STARVED_LIMIT_MS = 120_000;

/** CPU time (user + system, ms) a process has used, from /proc; undefined when it is gone or there is no /proc. */
export function processCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** What one child process did. */
export interface ProcessRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  readonly ms: number;
}

/** Runs `gasim <args>` in `cwd`, killed (SIGKILL) after the timeout; stdout to a file descriptor when given. */
export function gasim(args: readonly string[], cwd: string, options: { timeoutMs?: number; stdoutFd?: number } = {}): Promise<ProcessRun> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', options.stdoutFd ?? 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.length < 1e6 ? String(d) : ''));
    child.stderr?.on('data', (d: Buffer) => (stderr += String(d)));
    // the bound is 10 s of the input's own time: after 10 s of wall time the child is killed if it
    // has used 10 s of CPU (a busy loop) or used none for 2 s (blocked, e.g. on a FIFO); a child that
    // still progresses on a saturated machine (2 shared cores) gets up to STARVED_LIMIT_MS
    let timedOut = false;
    const bound = options.timeoutMs ?? PER_INPUT_TIMEOUT_MS;
    let lastCpu = -1;
    let idleSince = 0;
    const timer = setInterval(() => {
      const wall = performance.now() - started;
      if (wall < bound) return;
      const cpu = child.pid === undefined ? undefined : processCpuMs(child.pid);
      if (cpu !== undefined && cpu > lastCpu) {
        lastCpu = cpu;
        idleSince = wall;
      }
      if (cpu === undefined || cpu >= bound || wall - idleSince >= 2_000 || wall >= STARVED_LIMIT_MS) {
        timedOut = true;
        child.kill('SIGKILL');
      }
    }, 500);
    child.on('close', (code, signal) => {
      clearInterval(timer);
      resolve({ code, signal, stdout, stderr, timedOut, ms: performance.now() - started });
    });
  });
}

/** The special inputs, by name, as paths in the fixture directory (created by `prepareHostileDir`). */
export const SPECIAL_INPUTS = ['fifo', 'dev-zero', 'directory', 'link-to-dev-zero', 'link-to-fifo', 'link-to-directory', 'dev-null'] as const;
export type SpecialInput = (typeof SPECIAL_INPUTS)[number];

/** Every reader of the CLI, with where the input goes (`X`), and a scenario `S` or journal `J` it needs. */
export const READERS: readonly { readonly name: string; readonly args: readonly string[] }[] = [
  { name: 'validate', args: ['validate', 'X'] },
  { name: 'run', args: ['run', 'X'] },
  { name: 'resume', args: ['resume', 'X'] },
  { name: 'resume --scenario', args: ['resume', 'J', '--scenario', 'X', '--journal-out', 'out.jsonl'] },
  { name: 'verify', args: ['verify', 'X'] },
  { name: 'check', args: ['check', 'X', '--runs', '5'] },
  { name: 'sweep', args: ['sweep', 'X', '--runs', '2', '--workers', '1'] },
  { name: 'compare', args: ['compare', 'X', '--set', 'rules.elections.maxBallots=3', '--runs', '2', '--workers', '1'] },
  { name: 'calibrate --observed', args: ['calibrate', 'S', '--observed', 'X', '--draws', '2'] },
  { name: 'merge', args: ['merge', 'X'] },
  { name: 'report', args: ['report', 'X', '--out', 'report.html'] },
  { name: 'drill --answers', args: ['drill', '--count', '1', '--answers', 'X'] },
  { name: 'train --answers', args: ['train', 'S', '--answers', 'X'] },
];

/**
 * Creates the fixture directory once: a valid scenario `S`, its journal `J`, a FIFO, a directory
 * and symbolic links to /dev/zero, the FIFO and the directory. Returns the directory.
 */
export async function prepareHostileDir(dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(ROOT, 'scenarios', 'constitution-amendment-fails.yaml'), join(dir, 'S'));
  if (!existsSync(join(dir, 'J'))) {
    const made = await gasim(['run', 'S', '--journal', 'J'], dir, { timeoutMs: 60_000 });
    if (made.code !== 0) throw new Error(`cannot make the fixture journal: ${made.stderr}`);
  }
  if (!existsSync(join(dir, 'fifo'))) execFileSync('mkfifo', [join(dir, 'fifo')]);
  if (!existsSync(join(dir, 'report-fifo'))) execFileSync('mkfifo', [join(dir, 'report-fifo')]);
  mkdirSync(join(dir, 'directory'), { recursive: true });
  const link = (name: string, target: string) => existsSync(join(dir, name)) || symlinkSync(target, join(dir, name));
  link('dev-zero', '/dev/zero');
  link('dev-null', '/dev/null');
  link('link-to-dev-zero', '/dev/zero');
  link('link-to-fifo', join(dir, 'fifo'));
  link('link-to-directory', join(dir, 'directory'));
  return dir;
}

function problem(run: ProcessRun, what: string): string | undefined {
  const tail = `${what}: exit ${run.code}${run.signal ? ` (${run.signal})` : ''}, ${Math.round(run.ms)} ms; stderr: ${run.stderr.slice(0, 600)}`;
  if (run.timedOut) return `hang (killed: past ${PER_INPUT_TIMEOUT_MS / 1000} s of CPU, or no progress for 2 s after ${PER_INPUT_TIMEOUT_MS / 1000} s) ${tail}`;
  if (run.code === 3) return `exit 3 (a bug) ${tail}`;
  if (run.code === null) return `killed ${tail}`;
  if (/\n\s+at .*:\d+:\d+\)?$/m.test(run.stderr)) return `a stack trace ${tail}`;
  return undefined;
}

/** One reader given one special input: refused (exit 2 with a fix) quickly, never 3, never a hang. */
export async function checkSpecialInput(dir: string, reader: (typeof READERS)[number], input: SpecialInput): Promise<string | undefined> {
  const args = reader.args.map((a) => (a === 'X' ? input : a));
  const run = await gasim(args, dir);
  const what = `gasim ${args.join(' ')}`;
  const bad = problem(run, what);
  if (bad !== undefined) return bad;
  // /dev/null reads as an empty file: any documented refusal or a result; the others must be refused
  if (input === 'dev-null') return run.code === 0 || run.code === 1 || run.code === 2 || run.code === 5 ? undefined : `unexpected exit ${run.code}: ${what}`;
  if (run.code !== 2 && run.code !== 5) return `not refused (exit ${run.code}): ${what}; stderr: ${run.stderr.slice(0, 300)}`;
  if (run.code === 2 && !/fix:|hint:/.test(run.stderr)) return `refused without a fix: ${what}; stderr: ${run.stderr.slice(0, 300)}`;
  return undefined;
}

/**
 * Two writers of one output at once: two `run --journal` to the same new file, then two `resume`
 * of the same cut journal. Each ends 0, 2 or 4; the journal left behind verifies (`gasim verify`).
 */
export async function checkConcurrentWriters(dir: string, n: number): Promise<string | undefined> {
  const journal = `race-${n}.jsonl`;
  const both = await Promise.all([gasim(['run', 'S', '--journal', journal], dir), gasim(['run', 'S', '--journal', journal], dir)]);
  for (const run of both) {
    const bad = problem(run, `gasim run S --journal ${journal} (twice at once)`);
    if (bad !== undefined) return bad;
    if (![0, 2, 4].includes(run.code!)) return `gasim run --journal (twice at once): exit ${run.code}`;
  }
  if (both.every((r) => r.code === 0)) return `two runs at once both wrote ${journal} (exit 0 twice)`;
  const verified = await gasim(['verify', journal], dir);
  if (verified.code !== 0) return `the journal two runs wrote at once does not verify: exit ${verified.code}: ${verified.stderr.slice(0, 400)}`;
  // a journal cut after its first events, then resumed by two processes at once
  const cut = `cut-${n}.jsonl`;
  const lines = readFileSync(join(dir, 'J'), 'utf8').split('\n');
  writeFileSync(join(dir, cut), lines.slice(0, 2 + (n % Math.max(1, lines.length - 3))).join('\n') + '\n');
  const resumed = await Promise.all([gasim(['resume', cut], dir), gasim(['resume', cut], dir)]);
  for (const run of resumed) {
    const bad = problem(run, `gasim resume ${cut} (twice at once)`);
    if (bad !== undefined) return bad;
    if (![0, 2, 4].includes(run.code!)) return `gasim resume (twice at once): exit ${run.code}`;
  }
  const after = await gasim(['verify', cut], dir);
  if (after.code !== 0) return `the journal two resumes appended at once does not verify: exit ${after.code}: ${after.stderr.slice(0, 400)}`;
  return undefined;
}

/** The disk-full cases: /dev/full as the journal, as a report and as stdout; each exit 2 with a fix. */
export const DISK_FULL_CASES = ['run --journal', 'run > /dev/full', 'run --json > /dev/full', 'drill --report', 'check --out', 'drill --report FIFO --force'] as const;

export async function checkDiskFull(dir: string, which: (typeof DISK_FULL_CASES)[number]): Promise<string | undefined> {
  let run: ProcessRun;
  if (which === 'run > /dev/full' || which === 'run --json > /dev/full') {
    const fd = openSync('/dev/full', 'w');
    try {
      run = await gasim(which === 'run > /dev/full' ? ['run', 'S'] : ['run', 'S', '--json'], dir, { stdoutFd: fd });
    } finally {
      closeSync(fd);
    }
  } else if (which === 'run --journal') run = await gasim(['run', 'S', '--journal', '/dev/full', '--force'], dir);
  // the writers that replace with --force (a temporary file renamed over the target) are given
  // /dev/full without it (exit 4: it exists), and a FIFO of their own with it: a device is never
  // renamed over (as root that would leave a regular file at /dev/full)
  else if (which === 'drill --report') run = await gasim(['drill', '--count', '1', '--answers', 'answers.txt', '--report', '/dev/full'], dir);
  else if (which === 'check --out') run = await gasim(['check', 'S', '--runs', '5', '--out', '/dev/full'], dir);
  else run = await gasim(['drill', '--count', '1', '--answers', 'answers.txt', '--report', 'report-fifo', '--force'], dir);
  if (!statSync('/dev/full').isCharacterDevice()) return `disk full: gasim ${which} replaced /dev/full with a regular file`;
  if (which.endsWith('--force') && !statSync(join(dir, 'report-fifo')).isFIFO()) return `gasim ${which} replaced the FIFO with a file`;
  const bad = problem(run, `disk full: gasim ${which}`);
  if (bad !== undefined) return bad;
  if (which.endsWith('--force') && run.code !== 2) return `gasim ${which}: exit ${run.code}, expected 2 (not a regular file)`;
  // drill and check may find nothing to write (no counterexample): 0 or 1 then; otherwise 2 with a fix
  if (run.code === 2 && !/fix:/.test(run.stderr)) return `disk full: gasim ${which}: exit 2 without a fix: ${run.stderr.slice(0, 300)}`;
  if (which.startsWith('run') && run.code !== 2) return `disk full: gasim ${which}: exit ${run.code}, expected 2`;
  return undefined;
}

/** Every process case, in a fixed order; the campaign and the test take them round-robin. */
export type ProcessCase = { readonly kind: 'special'; readonly reader: (typeof READERS)[number]; readonly input: SpecialInput } | { readonly kind: 'concurrent' } | { readonly kind: 'disk-full'; readonly which: (typeof DISK_FULL_CASES)[number] };

export const PROCESS_CASES: readonly ProcessCase[] = [
  ...READERS.flatMap((reader) => SPECIAL_INPUTS.map((input) => ({ kind: 'special' as const, reader, input }))),
  { kind: 'concurrent' },
  ...DISK_FULL_CASES.map((which) => ({ kind: 'disk-full' as const, which })),
];

/** The name of a process case's class, for the summary. */
export function caseClass(c: ProcessCase): string {
  return c.kind === 'special' ? 'process: special files' : c.kind === 'concurrent' ? 'process: two writers at once' : 'process: disk full';
}

/** Runs one process case (the n-th run of the campaign); a string is the failure. */
export function runProcessCase(dir: string, c: ProcessCase, n: number): Promise<string | undefined> {
  if (c.kind === 'special') return checkSpecialInput(dir, c.reader, c.input);
  if (c.kind === 'concurrent') return checkConcurrentWriters(dir, n);
  writeFileSync(join(dir, 'answers.txt'), 'a\n');
  return checkDiskFull(dir, c.which);
}
