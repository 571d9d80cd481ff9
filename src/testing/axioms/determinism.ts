import fc from 'fast-check';
import type { ElectionInput, ElectionProgress } from '../../domain/election-progress.js';
import type { RuleSet } from '../../rules/rule-set.js';
import { arbCastBallot, arbElectionInput } from '../../arbitraries/election.js';
import { electionScenario } from '../counterexample/election-scenario.js';
import type { Axiom } from './axiom.js';
import { held, runBounded, type Cast } from './election-values.js';
import { TERMINATION_BOUND } from './termination.js';

/** Runs an election from a seed; the real core folds `decideBallot` with `createRng(seed)`. */
export type SeededRun = (input: ElectionInput, cast: Cast, rules: RuleSet, seed: number) => Pick<ElectionProgress, 'rounds' | 'elected' | 'vacant'>;

export const seededRun: SeededRun = (input, cast, rules, seed) => runBounded(input, cast, rules, TERMINATION_BOUND, seed).progress;

interface Value {
  readonly input: ElectionInput;
  readonly cast: Cast;
  readonly seed: number;
}

/** Determinism: the same scenario and seed give the same ballots, lots and result (principle 2, R4.11). */
export const determinism: Axiom<Value, SeededRun> = {
  name: 'determinism',
  description: 'the same election under the same seed gives the same rounds, lots and result',
  citation: 'R4.11, principle 2',
  breakableByRules: false,
  property: (rules, run = seededRun) =>
    fc.property(fc.record({ input: arbElectionInput(), cast: arbCastBallot(), seed: fc.nat({ max: 2 ** 32 - 1 }) }), (v) =>
      JSON.stringify(run(v.input, v.cast, rules, v.seed)) === JSON.stringify(run(v.input, v.cast, rules, v.seed)),
    ),
  counterexample: (v, rules, run = seededRun) => {
    const [a, b] = [run(v.input, v.cast, rules, v.seed), run(v.input, v.cast, rules, v.seed)];
    return {
      ...electionScenario({
        axiom: 'determinism',
        rules,
        elections: [held(v.input, a)],
        notes:
          `Axiom determinism broke: two runs of election e1 under seed ${v.seed} differed ` +
          `(elected ${a.elected.join(', ') || 'nobody'} then ${b.elected.join(', ') || 'nobody'}; ${a.rounds.length} then ${b.rounds.length} ballots). ` +
          'The scripted ballots are those of the first run; replay it twice and compare the minutes.',
      }),
      seed: v.seed,
    };
  },
};
