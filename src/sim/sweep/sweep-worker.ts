// Entry of a sweep worker thread (an imperative shell, like the CLI): load the run module once and
// prepare each scenario when a task first needs it (the worker's table of prepared scenarios, made
// here and passed to every task), then run tasks as they come, posting progress about every 5% of
// a task, table rows in batches, and the task's integer counts at the end.
import { parentPort, workerData } from 'node:worker_threads';
import { deriveSeed } from '../../random/derive-seed.js';
import type { SessionOutcome } from '../outcome.js';
import { aggregateOutcomes } from './aggregate.js';
import { catalogueOf, seatKeys } from './catalogue.js';
import { aggregatePairs } from './compare/pair-aggregate.js';
import type { RunOne } from './run-chunk.js';
import type { PoolInit, PoolMessage, PoolTask, RunFailure, TaskResult } from './pool-protocol.js';
import { loadWorkerScenario, type RunModule } from './run-module.js';
import { runLayout, runRow, type RunCell, type RunLayout } from './runs-table/columns.js';

const init = workerData as PoolInit;
const port = parentPort!;
// a literal specifier for the default, so that a bundler takes the sessions along with the worker
const module = (init.runModule === null ? await import('../run-session.js') : await import(init.runModule)) as RunModule;
const post = (message: PoolMessage) => port.postMessage(message);
const ROW_BATCH = 250;

/** A scenario of the pool, loaded and prepared by the run module once for all the worker's tasks. */
interface Prepared {
  readonly run: RunOne;
  readonly catalogue: ReturnType<typeof catalogueOf>;
  layout: RunLayout | null;
}

/** The worker's scenarios, by index in `init.scenarios`, prepared when a task first needs one. */
type PreparedTable = (Prepared | undefined)[];

function prepared(table: PreparedTable, index: number): Prepared {
  let entry = table[index];
  if (entry === undefined) {
    const { text, file } = init.scenarios[index]!;
    const scenario = loadWorkerScenario(module, text, file);
    table[index] = entry = { run: module.prepareRuns(scenario), catalogue: catalogueOf(scenario), layout: null };
  }
  return entry;
}

/**
 * Runs `run` on each seed of the task, in order, posting progress; yields each value with its run
 * index. A run that throws ends the task, or with `failures` (`sweep --keep-going`) a run refused for a
 * reason the user can act on (it has a hint, e.g. the event cap) is noted there and skipped; a bug still ends it.
 */
function* seeded<T>(task: PoolTask, run: (seed: number) => T, failures?: RunFailure[]): Generator<{ readonly value: T; readonly index: number }> {
  const total = task.to - task.from;
  const step = Math.max(1, Math.floor(total / 20));
  for (let index = task.from; index < task.to; index++) {
    const seed = deriveSeed(task.seed, index);
    let value: T;
    try {
      value = run(seed);
    } catch (error) {
      // the failed run with its seed, so that `gasim run --seed` reproduces it (issue 18)
      if (failures && error instanceof Error && typeof (error as Error & { hint?: unknown }).hint === 'string') {
        failures.push({ run: index + 1, seed, message: error.message });
        continue;
      }
      if (error instanceof Error) Object.assign(error, { message: `run ${index + 1} (seed ${seed}): ${error.message}`, seed });
      throw error;
    }
    const done = index - task.from + 1;
    if (done % step === 0 && done < total) post({ type: 'progress', id: task.id, done });
    yield { value, index };
  }
}

function* values<T>(items: Iterable<{ readonly value: T }>): Generator<T> {
  for (const item of items) yield item.value;
}

function runTask(table: PreparedTable, task: PoolTask): TaskResult {
  if (task.kind === 'compare') {
    const [a, b] = [prepared(table, task.a), prepared(table, task.b)];
    const pairs = seeded(task, (seed) => [a.run(seed), b.run(seed)] as const);
    const seats = [...new Set([...seatKeys(a.catalogue), ...seatKeys(b.catalogue)])];
    return { kind: 'compare', pairs: aggregatePairs(values(pairs), seats) };
  }
  const entry = prepared(table, task.scenario);
  const layout = task.rows ? (entry.layout ??= runLayout(entry.catalogue)) : null;
  let batch: (readonly RunCell[])[] = [];
  const flush = () => {
    if (batch.length > 0) post({ type: 'rows', id: task.id, rows: batch });
    batch = [];
  };
  const failures: RunFailure[] = [];
  const keepGoing = task.keepGoing === true;
  function* outcomes(): Generator<SessionOutcome> {
    for (const { value, index } of seeded(task, entry.run, keepGoing ? failures : undefined)) {
      if (layout) {
        batch.push(runRow(layout, value, index));
        if (batch.length >= ROW_BATCH) flush();
      }
      yield value;
    }
  }
  const aggregate = aggregateOutcomes(outcomes());
  flush();
  return { kind: 'sweep', aggregate, ...(failures.length > 0 ? { failures } : {}) };
}

/** Serves the pool's tasks for the worker's lifetime, with its table of prepared scenarios. */
function serve(): void {
  const table: PreparedTable = [];
  port.on('message', (task: PoolTask) => {
    try {
      post({ type: 'done', id: task.id, result: runTask(table, task) });
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      const { hint, seed } = e as Error & { hint?: unknown; seed?: unknown };
      post({ type: 'failed', id: task.id, message: e.message, name: e.name, ...(typeof hint === 'string' ? { hint } : {}), ...(typeof seed === 'number' ? { seed } : {}), ...(e.stack ? { stack: e.stack } : {}) });
    }
  });
}

serve();
