import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { EMPTY_AGGREGATE, mergeAggregates, type SweepAggregate } from './aggregate.js';
import { chunkRanges } from './run-chunk.js';
import type { SweepWorkerInput, SweepWorkerMessage } from './run-module.js';

export interface SweepOptions {
  /** The scenario file's text and name; each worker loads it once. */
  readonly scenarioText: string;
  readonly file: string;
  readonly runs: number;
  readonly workers: number;
  /** Run i uses seed `deriveSeed(seed, i)`, so results do not depend on `workers`. */
  readonly seed: number;
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * The module exporting `runSessionOutcome` (see `RunModule`): a file URL, an absolute path, or
   * a path relative to this module; by default `../run-session.js` (i.e. `dist/sim/run-session.js`).
   */
  readonly runModule?: string | URL;
}

/**
 * Runs a sweep over worker threads: run indices split into contiguous chunks, one per worker, each
 * aggregated in its worker and merged here. Must run from compiled JavaScript (`dist/`).
 */
export async function runSweep(options: SweepOptions): Promise<SweepAggregate> {
  const runModule = resolveRunModule(options.runModule ?? '../run-session.js');
  const ranges = chunkRanges(options.runs, options.workers);
  const done = ranges.map(() => 0);
  const workers: Worker[] = [];
  const report = () => options.onProgress?.(done.reduce((a, b) => a + b, 0), options.runs);
  try {
    const aggregates = await Promise.all(
      ranges.map(([from, to], index) => {
        const workerData: SweepWorkerInput = { runModule, scenarioText: options.scenarioText, file: options.file, seed: options.seed, from, to };
        const worker = new Worker(new URL('./sweep-worker.js', import.meta.url), { workerData });
        workers.push(worker);
        return new Promise<SweepAggregate>((resolve, reject) => {
          worker.on('message', (message: SweepWorkerMessage) => {
            if (message.type === 'result') return resolve(message.aggregate);
            done[index] = message.done;
            report();
          });
          worker.on('error', reject);
          worker.on('exit', (code) => reject(new Error(`sweep worker ${index} (runs ${from}–${to - 1}) exited with code ${code} before its result`)));
        });
      }),
    );
    return aggregates.reduce(mergeAggregates, EMPTY_AGGREGATE);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function resolveRunModule(location: string | URL): string {
  if (location instanceof URL) return location.href;
  if (location.startsWith('file:')) return location;
  if (isAbsolute(location)) return pathToFileURL(location).href;
  return new URL(location, import.meta.url).href;
}
