import { choiceAt, NOT_VOTED, type RecordedChoices } from '../domain/choices.js';
import type { MemberCode } from '../domain/ids.js';
import type { RecordedVotes, VoteChoice } from '../domain/vote.js';
import { electorateIndex } from './voting-rights.js';

/** The codes of a vote that cannot be recorded, each with the rule that refuses it. */
export type RecordedVoteCode = 'vote/not-entitled' | 'vote/already-voted' | 'vote/no-papers' | 'vote/not-aligned';

/** Why votes cannot be recorded in a ballot: a code and a message that cites the rule. */
export interface RecordedVoteProblem {
  readonly code: RecordedVoteCode;
  readonly message: string;
}

/** What the rule reads of a recorded vote or roll call under way: who may vote, who has, and how. */
export interface RecordedVoteState {
  /** The frozen electorate, sorted (R2.1). */
  readonly electorate: readonly MemberCode[];
  /** The choices recorded so far, aligned with `electorate` ('' when nobody has voted). */
  readonly choices: RecordedChoices;
  readonly method: string;
}

/**
 * R2.1 (one vote per member entitled, no proxies), R2.3 and R3.2 (a recorded vote has no paper to
 * spoil): the first of `incoming` votes that cannot be recorded in `ballot`, or null. `incoming` is
 * either member by member, or choice letters aligned with the electorate (then one letter per
 * member, `-` for those not voting now).
 */
export function recordedVoteProblem(ballot: RecordedVoteState, incoming: RecordedVotes | RecordedChoices): RecordedVoteProblem | null {
  if (typeof incoming !== 'string') {
    for (const member in incoming) {
      const index = electorateIndex(ballot.electorate, member);
      if (index < 0) return { code: 'vote/not-entitled', message: `${member} is not entitled to vote in this ballot (R2.1, R2.8)` };
      const problem = paperProblem(ballot, index, incoming[member]!);
      if (problem !== null) return problem;
    }
    return null;
  }
  if (incoming.length !== ballot.electorate.length) {
    return { code: 'vote/not-aligned', message: `the ballot's choices give ${incoming.length} letters for an electorate of ${ballot.electorate.length} members: one letter per member, in the electorate's order (R2.1)` };
  }
  for (let index = 0; index < incoming.length; index++) {
    const choice = choiceAt(incoming, index);
    if (choice === null && incoming[index] !== NOT_VOTED) {
      return { code: 'vote/not-aligned', message: `the ballot's choices have "${incoming[index]}" at position ${index + 1}: each letter is y (yes), n (no), a (abstain), i (invalid) or - (not voting now) (R2.1)` };
    }
    const problem = choice === null ? null : paperProblem(ballot, index, choice);
    if (problem !== null) return problem;
  }
  return null;
}

/** What is wrong with the vote of the electorate's member at `index`, or null. */
function paperProblem(ballot: RecordedVoteState, index: number, choice: VoteChoice): RecordedVoteProblem | null {
  const member = ballot.electorate[index]!;
  if (choiceAt(ballot.choices, index) !== null) return { code: 'vote/already-voted', message: `${member} has already voted (R2.1: one vote per member)` };
  if (choice === 'invalid') return { code: 'vote/no-papers', message: `a ${ballot.method} vote has no paper to spoil: ${member} votes yes, no or abstains (R2.3, R3.2)` };
  return null;
}
