import type { Tally, VoteChoice } from '../domain/vote.js';
import { tallyVotes } from './tally.js';

/**
 * The published result of a secret ballot (R3.3): counts only. Every field is a number, so no member
 * code can be carried; test/rules/secret-ballot.test.ts checks this at the type level.
 */
export interface SealedBallot {
  readonly method: 'secret';
  readonly tally: Tally;
}

/** R3.3 (RPGA Art 39(3)): counts anonymous papers and keeps only the final result. */
export function sealBallot(choices: Iterable<VoteChoice>, entitled: number): SealedBallot {
  return { method: 'secret', tally: tallyVotes(choices, entitled) };
}
