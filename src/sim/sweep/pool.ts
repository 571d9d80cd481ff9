import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RunCell } from './runs-table/columns.js';
import { taskSize, type PoolInit, type PoolMessage, type PoolScenario, type PoolTask, type TaskResult } from './pool-protocol.js';

export interface PoolOptions {
  readonly scenarios: readonly PoolScenario[];
  readonly tasks: readonly PoolTask[];
  readonly workers: number;
  /**
   * The module exporting `prepareRuns` (see `RunModule`): a file URL, an absolute path, or a path
   * relative to this module; by default the sessions of `../run-session.js`, which the worker
   * imports itself (so that the bundled CLI, whose modules sit elsewhere, finds it too).
   */
  readonly runModule?: string | URL;
  /** Runs done so far over all tasks (called often; throttle any drawing). */
  readonly onProgress?: (done: number) => void;
  /**
   * Each task's table rows then its result, in task order whatever order the workers finish in; the
   * pool waits for the returned promise, and keeps at most `window` tasks started but not delivered,
   * so that rows never pile up in memory while a file is written.
   */
  readonly onTask: (task: PoolTask, result: TaskResult, rows: readonly (readonly RunCell[])[]) => void | Promise<void>;
  readonly window?: number;
}

/**
 * Each worker's young generation, in MiB. Runs allocate only short-lived objects; V8's default lets a
 * worker's young generation grow to 48 MiB (16 MiB semi-spaces) as a long sweep goes on, so a
 * sweep's peak memory grew with its length (100,000 runs 1.17× 10,000). 16 MiB keeps it flat at the
 * same CPU time per run (measured in turns; the README's analysts' walkthrough, section 4).
 */
const WORKER_YOUNG_GENERATION_MB = 16;

interface Pending {
  rows: (readonly RunCell[])[];
  result: TaskResult | null;
}

/**
 * Runs tasks on a pool of worker threads that live for the whole job (a grid's points share them):
 * a free worker takes the next task; results are delivered in task order. Must run from compiled
 * JavaScript (`dist/`). Rejects on the first failure, after stopping every worker.
 */
export async function runPool(options: PoolOptions): Promise<void> {
  const { tasks } = options;
  const count = Math.max(1, Math.min(Math.floor(options.workers), tasks.length));
  const window = Math.max(count, options.window ?? 2 * count);
  const init: PoolInit = { runModule: options.runModule === undefined ? null : resolveRunModule(options.runModule), scenarios: options.scenarios };
  const pending = new Map<number, Pending>();
  const progress = new Map<number, number>();
  const byId = new Map(tasks.map((task) => [task.id, task]));
  const busy = new Set<Worker>();
  let next = 0;
  let delivered = 0;
  let done = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      if (tasks.length === 0) return resolve();
      let delivering = false;
      const dispatch = (worker: Worker) => {
        if (next >= tasks.length || next - delivered >= window) return false;
        const task = tasks[next++]!;
        pending.set(task.id, { rows: [], result: null });
        busy.add(worker);
        worker.postMessage(task);
        return true;
      };
      const idle = () => workers.filter((w) => !busy.has(w));
      const deliver = async () => {
        if (delivering) return;
        delivering = true;
        try {
          while (delivered < tasks.length) {
            const task = tasks[delivered]!;
            const entry = pending.get(task.id);
            if (!entry || entry.result === null) break;
            pending.delete(task.id);
            await options.onTask(task, entry.result, entry.rows);
            delivered++;
            for (const worker of idle()) dispatch(worker);
          }
          if (delivered === tasks.length) resolve();
        } catch (error) {
          reject(error);
        } finally {
          delivering = false;
        }
      };
      for (let index = 0; index < count; index++) {
        const worker = new Worker(new URL('./sweep-worker.js', import.meta.url), { workerData: init, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
        workers.push(worker);
        worker.on('message', (message: PoolMessage) => {
          const entry = pending.get(message.id);
          if (message.type === 'failed') return reject(Object.assign(new Error(message.message), { stack: message.stack, name: message.name ?? 'Error', ...(message.hint === undefined ? {} : { hint: message.hint }), ...(message.seed === undefined ? {} : { seed: message.seed, task: byId.get(message.id) }) }));
          if (!entry) return;
          if (message.type === 'rows') entry.rows.push(...message.rows);
          else if (message.type === 'progress') report(message.id, message.done);
          else {
            report(message.id, taskSize(byId.get(message.id)!));
            progress.delete(message.id);
            entry.result = message.result;
            busy.delete(worker);
            dispatch(worker);
            void deliver();
          }
        });
        worker.on('error', reject);
        worker.on('exit', (code) => reject(new Error(`sweep worker ${index} exited with code ${code} before the end of the job`)));
        dispatch(worker);
      }
      function report(id: number, value: number) {
        done += value - (progress.get(id) ?? 0);
        progress.set(id, value);
        options.onProgress?.(done);
      }
    });
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
