import fc from 'fast-check';
import type { BallotCounts, ElectionInput, ElectionProgress } from '../../domain/election-progress.js';
import type { CandidateId } from '../../domain/ids.js';
import { createRng } from '../../random/seeded-rng.js';
import { decideBallot } from '../../rules/election/decide-ballot.js';
import { ballotPaper, startElection } from '../../rules/election/start-election.js';
import type { RuleSet } from '../../rules/rule-set.js';
import { arbElectionInput } from '../../arbitraries/election.js';
import type { HeldElection } from '../counterexample/election-scenario.js';

/** Voters: the counts of ballot `ballot` on `paper`. */
export type Cast = (paper: readonly CandidateId[], ballot: number) => BallotCounts;

/** An election for one seat (the President, a VP, or one Delegate seat) with two or more candidates. */
export const arbSingleSeatElection: fc.Arbitrary<ElectionInput> = arbElectionInput()
  .filter((e) => e.candidates.length >= 2)
  .map((e) => ({ ...e, seats: 1 }));

/**
 * Folds `decideBallot` over at most `bound` ballots: the progress reached and whether it completed.
 * Unlike `runElection` it returns the rounds of an election that does not end, for the counterexample.
 */
export function runBounded(input: ElectionInput, cast: Cast, rules: RuleSet, bound: number, seed = 1): { progress: ElectionProgress; complete: boolean } {
  let progress = startElection(input, rules);
  let rng = createRng(seed);
  while (progress.status === 'balloting' && progress.rounds.length < bound) {
    const step = decideBallot(progress, cast(ballotPaper(progress), progress.rounds.length + 1), rules, rng);
    progress = step.progress;
    rng = step.rng;
  }
  return { progress, complete: progress.status === 'complete' };
}

/** An election as held, for the counterexample writer. */
export function held(input: ElectionInput, progress: Pick<ElectionProgress, 'rounds'>): HeldElection {
  return { ...input, rounds: progress.rounds };
}
