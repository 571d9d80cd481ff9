// A sweep run module for the memory bench: each run returns a fresh copy of one of a few outcomes
// of real machine runs of the scenario (computed once per worker and scenario), so that a
// 100,000-run sweep exercises the sweep's own workers, progress messages and streaming
// aggregation within the bench's time budget. It says nothing about the machine's speed.
import type { Scenario } from '../src/scenario/schema.js';
import type { SessionOutcome } from '../src/sim/outcome.js';
import { prepareScenario, runSessionOutcome } from '../src/sim/run-session.js';

export { loadScenario } from '../src/sim/run-session.js';

const REAL_RUNS = 16;

export function prepareRuns(scenario: Scenario): (seed: number) => SessionOutcome {
  const prepared = prepareScenario(scenario);
  const outcomes = Array.from({ length: REAL_RUNS }, (_, i) => runSessionOutcome(prepared, i + 1));
  return (seed) => {
    const o = outcomes[seed % REAL_RUNS]!;
    return { ...o, seed, questions: o.questions.map((q) => ({ ...q })), seats: o.seats.map((s) => ({ ...s })), committee: [...o.committee] };
  };
}
