// A sweep run module for the memory bench: each run returns a fresh copy of one of a few outcomes
// of real machine runs of the scenario (computed once per worker), so that a 100,000-run sweep
// exercises the sweep's own workers, progress messages and streaming aggregation within the
// bench's time budget. It says nothing about the machine's speed.
import type { Scenario } from '../src/scenario/schema.js';
import type { SessionOutcome } from '../src/sim/outcome.js';
import { runSessionOutcome as runReal } from '../src/sim/run-session.js';

export { loadScenario } from '../src/sim/run-session.js';

const REAL_RUNS = 16;
let outcomes: SessionOutcome[] | null = null;

export function runSessionOutcome(scenario: Scenario, seed: number): SessionOutcome {
  outcomes ??= Array.from({ length: REAL_RUNS }, (_, i) => runReal(scenario, i + 1));
  const o = outcomes[seed % REAL_RUNS]!;
  return { ...o, seed, questions: o.questions.map((q) => ({ ...q })), seats: o.seats.map((s) => ({ ...s })), committee: [...o.committee] };
}
