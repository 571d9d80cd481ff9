import fc from 'fast-check';
import type { BallotRound } from '../../domain/election.js';
import type { ElectionInput } from '../../domain/election-progress.js';
import { arbCastBallot } from '../../arbitraries/election.js';
import { electionScenario } from '../counterexample/election-scenario.js';
import type { Axiom } from './axiom.js';
import { arbSingleSeatElection, held, runBounded, type Cast } from './election-values.js';
import { TERMINATION_BOUND } from './termination.js';

interface Value {
  readonly input: ElectionInput;
  readonly cast: Cast;
}

const votesOf = (round: BallotRound, id: string) => (round.yesNo ? round.yesNo.yes : (round.tally?.votes[id] ?? 0));
const expressed = (round: BallotRound) => round.announcement.expressed;
const byLots = (round: BallotRound, id: string) => round.tieBreaks.some((t) => t.kind === 'lots' && t.drawn === id);

/** The first round that breaks the criterion, with why. */
function breach(round: BallotRound): string | null {
  for (const id of round.elected) {
    if (!byLots(round, id) && 2 * votesOf(round, id) <= expressed(round)) {
      return `ballot ${round.ballot}: ${id} was elected with ${votesOf(round, id)} of ${expressed(round)} votes expressed, not more than half`;
    }
  }
  const simple = round.threshold.majority === 'simple' || round.threshold.majority === 'plurality';
  const leader = round.candidates.find((id) => 2 * votesOf(round, id) > expressed(round));
  if (simple && leader !== undefined && !round.elected.includes(leader)) {
    return `ballot ${round.ballot}: ${leader} had ${votesOf(round, leader)} of ${expressed(round)} votes expressed and was not elected`;
  }
  return null;
}

const breaches = (v: Value, rules: Parameters<typeof runBounded>[2]) => {
  const { progress } = runBounded(v.input, v.cast, rules, TERMINATION_BOUND);
  return { progress, found: progress.rounds.map(breach).filter((b): b is string => b !== null) };
};

/**
 * Majority criterion, on single-seat ballots: nobody is elected (other than by lots) without more
 * than half the votes expressed, and on a ballot that needs a simple majority a candidate with more
 * than half the votes expressed is elected (R4.9, R4.10, R2.3).
 */
export const majorityCriterion: Axiom<Value> = {
  name: 'majority-criterion',
  description: 'a single-seat ballot elects only with more than half the votes expressed, and under a simple majority it elects such a candidate',
  citation: 'R4.9, R4.10, R2.3',
  breakableByRules: true,
  property: (rules) =>
    fc.property(fc.record({ input: arbSingleSeatElection, cast: arbCastBallot() }), (v) => breaches(v, rules).found.length === 0),
  counterexample: (v, rules) => {
    const { progress, found } = breaches(v, rules);
    return electionScenario({
      axiom: 'majority-criterion',
      rules,
      elections: [held(v.input, progress)],
      notes: `Axiom majority-criterion broke in election e1 (${v.input.post}): ${found.join('; ')}.`,
    });
  },
};
