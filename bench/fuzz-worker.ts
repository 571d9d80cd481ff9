import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { fuzzClasses } from '../test/fuzz/classes.js';

/**
 * A worker of `npm run fuzz` (bench/run-fuzz.ts): runs chunks of one class's inputs and reports
 * what became of them. Before each input it bumps a counter the main thread watches in shared
 * memory (`Atomics`), so that an input that runs for more than the bound is seen as a hang and the
 * worker terminated, even in a synchronous loop that never yields.
 */

export interface Chunk {
  readonly id: number;
  readonly className: string;
  readonly runs: number;
  readonly seed: number;
}

export interface ChunkDone {
  readonly id: number;
  readonly runs: number;
  readonly failure: string | null;
  readonly tallies: Record<string, number>;
}

const { heartbeat, dir } = workerData as { heartbeat: SharedArrayBuffer; dir: string };
// [0]: inputs started since the worker began; [1]: index of the input under way in its chunk
const beats = new Int32Array(heartbeat);
const beat = () => {
  Atomics.add(beats, 0, 1);
  Atomics.add(beats, 1, 1);
};

let tallies: Record<string, number> = {};
const classes = fuzzClasses((outcome) => void (tallies[outcome] = (tallies[outcome] ?? 0) + 1), dir).map((c) => ({
  name: c.name,
  property: c.property.isAsync()
    ? (c.property as fc.IAsyncPropertyWithHooks<[never]>).beforeEach(async (previous) => (beat(), await previous()))
    : (c.property as fc.IPropertyWithHooks<[never]>).beforeEach((previous) => (beat(), previous())),
}));

parentPort!.on('message', async (chunk: Chunk) => {
  const cls = classes.find((c) => c.name === chunk.className);
  if (cls === undefined) throw new Error(`no fuzz class '${chunk.className}'`);
  tallies = {};
  Atomics.store(beats, 1, 0);
  const details = await fc.check(cls.property, { numRuns: chunk.runs, seed: chunk.seed });
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance ?? '');
  const failure = details.failed ? `seed ${chunk.seed}, path "${details.counterexamplePath}": ${error.slice(0, 1000)}\n${fc.defaultReportMessage(details) ?? ''}` : null;
  parentPort!.postMessage({ id: chunk.id, runs: details.numRuns, failure, tallies } satisfies ChunkDone);
});
parentPort!.postMessage('ready');
