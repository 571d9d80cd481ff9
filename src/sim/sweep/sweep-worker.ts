// Entry of a sweep worker thread (an imperative shell, like the CLI): load the run module and the
// scenario once, run the chunk, post progress about every 1% and the chunk's aggregate at the end.
import { parentPort, workerData } from 'node:worker_threads';
import { runChunk } from './run-chunk.js';
import { loadWorkerScenario, type RunModule, type SweepWorkerInput, type SweepWorkerMessage } from './run-module.js';

const input = workerData as SweepWorkerInput;
const port = parentPort!;
const module = (await import(input.runModule)) as RunModule;
const scenario = loadWorkerScenario(module, input.scenarioText, input.file);
const total = input.to - input.from;
const step = Math.max(1, Math.floor(total / 100));
const post = (message: SweepWorkerMessage) => port.postMessage(message);

const aggregate = runChunk(scenario, module.runSessionOutcome, input.seed, input.from, input.to, (done) => {
  if (done % step === 0 || done === total) post({ type: 'progress', done });
});
post({ type: 'result', aggregate });
