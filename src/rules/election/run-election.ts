import type { ElectionResult } from '../../domain/election.js';
import type { BallotCounts, ElectionInput } from '../../domain/election-progress.js';
import type { CandidateId } from '../../domain/ids.js';
import type { RngState } from '../../random/seeded-rng.js';
import type { RuleSet } from '../rule-set.js';
import { decideBallot } from './decide-ballot.js';
import { ballotPaper, electionResult, startElection } from './start-election.js';

/** A voter model: the counts of the ballot on `paper`, the `ballot`-th of the election. */
export type CastBallot = (paper: readonly CandidateId[], ballot: number) => BallotCounts;

/**
 * Runs an election whole by folding `decideBallot` until it completes (R4.8–R4.11). `limit` guards
 * against a rule set that never ends (`maxBallots: null` with `elimination: 'none'`).
 */
export function runElection(
  input: ElectionInput,
  castBallot: CastBallot,
  rules: RuleSet,
  rng: RngState,
  limit = 10_000,
): { result: ElectionResult; rng: RngState } {
  let progress = startElection(input, rules);
  let state = rng;
  while (progress.status === 'balloting') {
    if (progress.rounds.length >= limit) {
      throw new Error(`election did not finish within ${limit} ballots; set elections.maxBallots`);
    }
    const step = decideBallot(progress, castBallot(ballotPaper(progress), progress.rounds.length + 1), rules, state);
    progress = step.progress;
    state = step.rng;
  }
  return { result: electionResult(progress), rng: state };
}
