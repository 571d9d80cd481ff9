// A sweep run module for the memory benches: each run returns a fresh copy of one of a few outcomes
// of real machine runs of the scenario (computed once per worker and scenario), so that a
// 100,000-run sweep exercises the sweep's own workers, progress messages and streaming
// aggregation within the bench's time budget. It says nothing about the machine's speed.
// Plain JavaScript against the build (`dist/`, which `npm run bench` makes first): sweep workers are
// worker threads, which do not inherit tsx's loader on Node 20, so a TypeScript run module cannot load.
import { prepareScenario, runSessionOutcome } from '../dist/sim/run-session.js';

export { loadScenario } from '../dist/sim/run-session.js';

const REAL_RUNS = 16;

/** @param {import('../dist/scenario/schema.js').Scenario} scenario */
export function prepareRuns(scenario) {
  const prepared = prepareScenario(scenario);
  const outcomes = Array.from({ length: REAL_RUNS }, (_, i) => runSessionOutcome(prepared, i + 1));
  return (/** @type {number} */ seed) => {
    const o = outcomes[seed % REAL_RUNS];
    return { ...o, seed, questions: o.questions.map((q) => ({ ...q })), seats: o.seats.map((s) => ({ ...s })), committee: [...o.committee] };
  };
}
