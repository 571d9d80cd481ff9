import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fuzzClasses } from '../test/fuzz/classes.js';
import { caseClass, PER_INPUT_TIMEOUT_MS, STARVED_LIMIT_MS, prepareHostileDir, PROCESS_CASES, runProcessCase, type ProcessCase } from '../test/fuzz/hostile-files.js';
import type { Chunk, ChunkDone } from './fuzz-worker.js';

/**
 * `npm run fuzz [-- --inputs N] [--seed S] [--workers K] [--only TEXT] [--max-seconds T]`: the fuzz campaign of
 * issues 9 and 18. N inputs (1,000,000 by default; GASIM_FUZZ_RUNS and GASIM_FUZZ_SEED also work)
 * shared out by weight between the in-process classes (loader, journal, `gasim validate` on
 * hostile files, semantic scenarios run end to end through the library and through `gasim run`,
 * control characters in names and keys), which run on worker threads, and the process classes
 * (special files given to every reader, two writers of one output at once, a full disk), one input
 * in 2,000, which run `node dist/cli.js` in child processes. Every input has a bound of 10 s: a
 * worker whose input runs longer is terminated and the input reported as a hang; a child process
 * is killed. Prints a summary per class (inputs, outcomes, failures, time); exit 1 on any failure.
 * `--max-seconds T` stops dispatching inputs after T seconds (for a run that must end in time).
 */

interface Options {
  readonly inputs: number;
  readonly seed: number;
  readonly workers: number;
  readonly only: string | undefined;
  /** Stop dispatching inputs after this many seconds (the summary then says how many ran). */
  readonly maxSeconds: number;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const number = (text: string | undefined, fallback: number, flag: string) => {
    if (text === undefined) return fallback;
    const n = Number(text.replaceAll('_', '').replaceAll(',', ''));
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${flag} takes a whole number, got '${text}'`);
    return n;
  };
  return {
    inputs: number(value('--inputs') ?? process.env.GASIM_FUZZ_RUNS, 1_000_000, '--inputs'),
    seed: number(value('--seed') ?? process.env.GASIM_FUZZ_SEED, Date.now() % 2 ** 31, '--seed'),
    workers: Math.max(1, number(value('--workers'), 1, '--workers')),
    only: value('--only'),
    maxSeconds: number(value('--max-seconds'), 0, '--max-seconds') || Infinity,
  };
}

interface ClassTotals {
  inputs: number;
  ms: number;
  failures: string[];
  tallies: Record<string, number>;
}

const fmt = (n: number) => n.toLocaleString('en');
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function fuzz(options: Options): Promise<number> {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'gasim-fuzz-'));
  const totals = new Map<string, ClassTotals>();
  const totalsOf = (name: string) => totals.get(name) ?? (totals.set(name, { inputs: 0, ms: 0, failures: [], tallies: {} }), totals.get(name)!);

  // shares: one input in 2,000 through a child process (at least one of each kind), the rest by weight
  const classes = fuzzClasses(() => {}, dir).filter((c) => options.only === undefined || c.name.includes(options.only));
  const wantProcesses = options.only === undefined || 'process'.includes(options.only) || options.only.startsWith('process');
  const processInputs = wantProcesses ? Math.min(options.inputs, Math.max(8, Math.round(options.inputs / 2000))) : 0;
  const inProcess = options.inputs - processInputs;
  const weight = classes.reduce((s, c) => s + c.weight, 0);
  const chunks: Chunk[] = [];
  let id = 0;
  let assigned = 0;
  classes.forEach((c, k) => {
    // at least one input of every class when there are enough inputs; the last class takes the rest
    const share = Math.max(inProcess >= classes.length ? 1 : 0, Math.round((inProcess * c.weight) / weight));
    const runs = k === classes.length - 1 ? Math.max(0, inProcess - assigned) : Math.min(share, inProcess - assigned);
    assigned += runs;
    totalsOf(c.name);
    // small chunks for the slow classes, so that a hang loses little and progress is regular
    const size = c.weight >= 10 ? 500 : 50;
    for (let done = 0; done < runs; done += size) chunks.push({ id: id++, className: c.name, runs: Math.min(size, runs - done), seed: (options.seed + id * 7919) % 2 ** 31 });
  });
  // interleave the classes so that a shortened run still covers every class
  chunks.sort((a, b) => (a.id * 7907) % 1009 - (b.id * 7907) % 1009 || a.id - b.id);

  let done = 0;
  const timeUp = () => (performance.now() - started) / 1000 >= options.maxSeconds;
  const progress = setInterval(() => {
    const s = (performance.now() - started) / 1000;
    process.stderr.write(`fuzz: ${fmt(done)}/${fmt(options.inputs)} inputs · ${Math.round(s)} s · ${Math.round(done / s)}/s\n`);
  }, 30_000);

  const workerUrl = new URL('./fuzz-worker.ts', import.meta.url).href;
  const startWorker = () => {
    const heartbeat = new SharedArrayBuffer(8);
    const worker = new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(workerUrl)}); })`, { eval: true, workerData: { heartbeat, dir } });
    worker.unref();
    return { worker, beats: new Int32Array(heartbeat) };
  };

  // each worker lane takes chunks until none is left; a watchdog terminates a worker whose input overruns
  const lane = async () => {
    let current = startWorker();
    const ready = (w: Worker) => new Promise<string | undefined>((resolve) => {
      w.once('message', () => resolve(undefined));
      w.once('error', (e) => resolve(`a fuzz worker did not start: ${String(e)}`));
    });
    const cannot = await ready(current.worker);
    if (cannot !== undefined) {
      totalsOf('fuzz workers').failures.push(cannot);
      process.stderr.write(`\nFAILED ${cannot}\n`);
      chunks.length = 0;
      return;
    }
    for (let chunk = chunks.shift(); chunk !== undefined && !timeUp(); chunk = chunks.shift()) {
      const t0 = performance.now();
      const totalsForChunk = totalsOf(chunk.className);
      const result = await new Promise<ChunkDone | { hang: string; runs: number }>((resolve) => {
        // an input overruns when it has taken 10 s of wall time and 10 s of this process's CPU (the
        // workers' time; with one worker, its own), or STARVED_LIMIT_MS of wall time if blocked
        let last = Atomics.load(current.beats, 0);
        let since = performance.now();
        let cpuSince = cpuMs();
        const watchdog = setInterval(() => {
          const now = Atomics.load(current.beats, 0);
          const wall = performance.now() - since;
          if (now !== last) {
            last = now;
            since = performance.now();
            cpuSince = cpuMs();
          } else if (wall > PER_INPUT_TIMEOUT_MS && (cpuMs() - cpuSince >= PER_INPUT_TIMEOUT_MS || wall >= STARVED_LIMIT_MS)) {
            clearInterval(watchdog);
            const index = Atomics.load(current.beats, 1);
            resolve({ hang: `hang: input ${index} of chunk (seed ${chunk!.seed}, ${chunk!.runs} runs) ran for more than ${PER_INPUT_TIMEOUT_MS / 1000} s of wall and CPU time; replay with fc.check(property, { seed: ${chunk!.seed}, numRuns: ${index} })`, runs: index });
          }
        }, 250);
        const onError = (e: unknown) => (clearInterval(watchdog), resolve({ hang: `the worker died: ${String(e)}`, runs: Atomics.load(current.beats, 1) }));
        current.worker.once('message', (m: ChunkDone) => (clearInterval(watchdog), current.worker.off('error', onError), resolve(m)));
        current.worker.once('error', onError);
        current.worker.postMessage(chunk);
      });
      totalsForChunk.ms += performance.now() - t0;
      totalsForChunk.inputs += result.runs;
      done += result.runs;
      if ('hang' in result) {
        totalsForChunk.failures.push(result.hang);
        process.stderr.write(`\nFAILED ${chunk.className}: ${result.hang}\n`);
        await current.worker.terminate();
        current = startWorker();
        if ((await ready(current.worker)) !== undefined) return;
        continue;
      }
      for (const [k, v] of Object.entries(result.tallies)) totalsForChunk.tallies[k] = (totalsForChunk.tallies[k] ?? 0) + v;
      if (result.failure !== null) {
        totalsForChunk.failures.push(result.failure);
        process.stderr.write(`\nFAILED ${chunk.className} (${result.failure.split('\n').slice(0, 12).join('\n')})\n`);
      }
    }
    await current.worker.terminate();
  };

  // the process classes, in the main thread, one child process (or one pair) at a time
  const processLane = async () => {
    if (processInputs === 0) return;
    await prepareHostileDir(join(dir, 'hostile'));
    const specials = PROCESS_CASES.filter((c) => c.kind === 'special');
    const others = PROCESS_CASES.filter((c) => c.kind !== 'special');
    for (let n = 0; n < processInputs && !timeUp(); n++) {
      // two special files for one of the others, every kind in turn
      const c: ProcessCase = n % 3 === 2 ? others[Math.floor(n / 3) % others.length]! : specials[(Math.floor(n / 3) * 2 + (n % 3) + options.seed) % specials.length]!;
      const t0 = performance.now();
      const failure = await runProcessCase(join(dir, 'hostile'), c, n);
      const t = totalsOf(caseClass(c));
      t.ms += performance.now() - t0;
      t.inputs += 1;
      done += 1;
      t.tallies[failure === undefined ? 'ok' : 'failed'] = (t.tallies[failure === undefined ? 'ok' : 'failed'] ?? 0) + 1;
      if (failure !== undefined) {
        t.failures.push(failure);
        process.stderr.write(`\nFAILED ${caseClass(c)}: ${failure}\n`);
      }
    }
  };

  try {
    await Promise.all([...Array.from({ length: options.workers }, lane), processLane()]);
  } finally {
    clearInterval(progress);
    rmSync(dir, { recursive: true, force: true });
  }
  const seconds = (performance.now() - started) / 1000;
  const failures = [...totals.values()].reduce((s, t) => s + t.failures.length, 0);
  const rows = [...totals.entries()].map(([name, t]) => {
    const outcomes = Object.entries(t.tallies).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k} ${fmt(v)}`).join(', ');
    return `| ${name} | ${fmt(t.inputs)} | ${outcomes || '—'} | ${t.failures.length} | ${Math.round(t.ms / 1000)} |`;
  });
  process.stdout.write(
    [
      ...(done < options.inputs ? [`fuzz: stopped by --max-seconds ${options.maxSeconds}: ${fmt(done)} of the ${fmt(options.inputs)} inputs planned ran`] : []),
      `fuzz: ${fmt(done)} inputs in ${Math.round(seconds)} s (${fmt(Math.round(done / seconds))} inputs/s), seed ${options.seed}, ${options.workers} worker(s), bound ${PER_INPUT_TIMEOUT_MS / 1000} s per input`,
      '',
      '| class | inputs | outcomes | failures | s |',
      '|---|---:|---|---:|---:|',
      ...rows,
      '',
      failures === 0 ? 'no failures: no exit 3, no hang, no stack trace, no raw control character' : `${failures} failure(s); see above`,
      '',
    ].join('\n'),
  );
  return failures === 0 ? 0 : 1;
}

process.exitCode = await fuzz(parseOptions(process.argv.slice(2)));
