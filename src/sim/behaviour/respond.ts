import { VoteChoiceSchema, type VoteChoice } from '../../domain/vote.js';
import type { BallotRequest, CountedBallot } from '../../domain/ballot-request.js';

/** A recorded choice by index: yes, no, then blank and spoiled papers. */
export const CHOICES: readonly VoteChoice[] = VoteChoiceSchema.options;

/** The keys of a ballot's counts: `yes`/`no`, or the candidate ids when several are on the paper. */
export function ballotKeys(request: BallotRequest): readonly string[] {
  return request.kind === 'election' && request.paper.length !== 1 ? request.paper.map((c) => c.id) : ['yes', 'no'];
}

/** Whether a response may carry per-member votes: a recorded yes/no ballot (never a secret one, R3.3). */
export function isRecordable(request: BallotRequest): boolean {
  return !request.secret && (request.kind === 'question' || request.paper.length === 1);
}

/** Counts as a response: `tally` holds one count per key, then blank, then spoiled papers. */
export function counted(keys: readonly string[], tally: readonly number[]): CountedBallot {
  const counts: Record<string, number> = {};
  for (let index = 0; index < keys.length; index++) counts[keys[index]!] = tally[index]!;
  return { kind: 'counts', counts, abstain: tally[keys.length]!, invalid: tally[keys.length + 1]! };
}
