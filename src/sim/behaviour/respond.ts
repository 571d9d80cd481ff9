import type { MemberCode } from '../../domain/ids.js';
import type { VoteChoice } from '../../domain/vote.js';
import type { BallotRequest, BallotResponse } from '../ballot-request.js';

const CHOICES: readonly VoteChoice[] = ['yes', 'no', 'abstain', 'invalid'];

/** The keys of a ballot's counts: `yes`/`no`, or the candidate ids when several are on the paper. */
export function ballotKeys(request: BallotRequest): readonly string[] {
  return request.kind === 'election' && request.paper.length !== 1 ? request.paper.map((c) => c.id) : ['yes', 'no'];
}

/** Whether a response may carry per-member votes: a recorded yes/no ballot (never a secret one, R3.3). */
export function isRecordable(request: BallotRequest): boolean {
  return !request.secret && ballotKeys(request).length === 2 && (request.kind === 'question' || request.paper.length === 1);
}

/**
 * Builds the response from one choice per electorate position: an index into `keys`, `keys.length`
 * for a blank paper, `keys.length + 1` for a spoiled one, -1 for a member who did not take part
 * (absent from recorded votes, uncounted in counts).
 */
export function respond(request: BallotRequest, keys: readonly string[], choices: Int16Array): BallotResponse {
  const { electorate } = request;
  if (isRecordable(request)) {
    const votes: Record<MemberCode, VoteChoice> = {};
    for (let i = 0; i < choices.length; i++) if (choices[i]! >= 0) votes[electorate[i]!] = CHOICES[choices[i]!]!;
    return { kind: 'recorded', votes };
  }
  const tally = new Int32Array(keys.length + 2);
  for (let i = 0; i < choices.length; i++) if (choices[i]! >= 0) tally[choices[i]!]!++;
  const counts: Record<string, number> = {};
  keys.forEach((key, index) => (counts[key] = tally[index]!));
  return { kind: 'counts', counts, abstain: tally[keys.length]!, invalid: tally[keys.length + 1]! };
}
