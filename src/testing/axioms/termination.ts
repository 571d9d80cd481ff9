import fc from 'fast-check';
import type { ElectionInput } from '../../domain/election-progress.js';
import { arbStubbornBallot } from '../../arbitraries/election.js';
import { electionScenario } from '../counterexample/election-scenario.js';
import type { Axiom } from './axiom.js';
import { arbSingleSeatElection, held, runBounded, type Cast } from './election-values.js';

/** An Assembly cannot ballot for ever: a seat is filled or left vacant within this many ballots. */
export const TERMINATION_BOUND = 100;

interface Value {
  readonly input: ElectionInput;
  readonly cast: Cast;
}

/**
 * Termination: even when every voter casts the same vote on every ballot, an election ends (a seat
 * filled or left vacant) within TERMINATION_BOUND ballots (R4.9, Q5, the rule set's maxBallots).
 */
export const termination: Axiom<Value> = {
  name: 'termination',
  description: `an election ends within ${TERMINATION_BOUND} ballots, even when every voter votes the same on every ballot`,
  citation: 'R4.9, Q5, maxBallots',
  breakableByRules: true,
  property: (rules) =>
    fc.property(fc.record({ input: arbSingleSeatElection, cast: arbStubbornBallot() }), (v) =>
      runBounded(v.input, v.cast, rules, TERMINATION_BOUND).complete,
    ),
  counterexample: (v, rules) => {
    const { progress } = runBounded(v.input, v.cast, rules, TERMINATION_BOUND);
    const last = progress.rounds.at(-1);
    const counts = last?.tally ? Object.entries(last.tally.votes).map(([id, n]) => `${id} ${n}`).join(', ') : 'a yes/no vote';
    return electionScenario({
      axiom: 'termination',
      rules,
      elections: [held(v.input, progress)],
      notes:
        `Axiom termination broke: the ${v.input.post} election e1 was still balloting after ${progress.rounds.length} ballots. ` +
        `The voters are stubborn (the same counts every ballot: ${counts}); the required majority is never reached, ` +
        `under elimination: ${rules.elections.elimination} and maxBallots: ${rules.elections.maxBallots ?? 'null (no limit)'}. The first 100 ballots are scripted; later ones repeat them.`,
    });
  },
};
