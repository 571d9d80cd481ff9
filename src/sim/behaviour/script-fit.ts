import type { ScriptedBallot } from '../../scenario/behaviour-schema.js';

/** What a scripted result is checked against: the ballot as it opened. */
export interface BallotShape {
  readonly kind: 'question' | 'election';
  /** Candidate ids on the paper (elections). */
  readonly paper: readonly string[];
  /** A secret ballot: counts only, and papers that can be spoiled. */
  readonly secret: boolean;
  /** Counted by the tellers (secret ballot or show of hands): no per-member choices. */
  readonly counted: boolean;
  readonly electorate: readonly string[];
}

/** Why a scripted result cannot be the result of a ballot. */
export interface ScriptMisfit {
  readonly code: 'scenario/script-does-not-fit' | 'scenario/no-papers' | 'scenario/scripted-exceeds-electorate';
  readonly message: string;
  readonly hint: string;
}

const misfit = (code: ScriptMisfit['code'], message: string, hint: string): ScriptMisfit => ({ code, message, hint });

/**
 * Whether a scripted result fits the ballot it designates: a sole candidate is voted yes/no (R4.8),
 * two or more by name; only candidates on the paper; only members entitled to vote (R2.1);
 * invalid papers only in a secret ballot (R2.3, R3.3); no more papers than the electorate.
 */
export function scriptMisfit(entry: ScriptedBallot, ballot: BallotShape): ScriptMisfit | null {
  const keys = ballot.kind === 'election' && ballot.paper.length !== 1 ? ballot.paper : ['yes', 'no'];
  if (entry.votes !== undefined) {
    if (ballot.counted) return misfit('scenario/script-does-not-fit', 'per-member votes for a ballot the tellers count', 'script it with counts (R3.3, R3.6)');
    const entitled = new Set(ballot.electorate);
    for (const [member, choice] of Object.entries(entry.votes)) {
      if (!entitled.has(member)) return misfit('scenario/script-does-not-fit', `${member} votes but is not entitled to vote in this ballot`, 'remove it from votes (R2.1, R2.8)');
      if (choice === 'invalid') return misfit('scenario/no-papers', `${member} casts an invalid paper in a vote that has no papers`, 'a recorded vote is yes, no or abstain (R3.2)');
    }
    return null;
  }
  const given = Object.keys(entry.counts ?? {});
  const stray = given.filter((k) => !keys.includes(k));
  if (stray.length > 0) {
    if (ballot.kind === 'election' && ballot.paper.length === 1) {
      return misfit('scenario/script-does-not-fit', `a sole candidate (${ballot.paper[0]}) stands on this ballot, but the script counts ${stray.join(', ')}`, 'script a sole candidate with yes and no (R4.8)');
    }
    if (ballot.kind === 'election') {
      return misfit('scenario/script-does-not-fit', `${stray.join(', ')} ${stray.length === 1 ? 'is' : 'are'} not on the paper of this ballot (${ballot.paper.join(', ')})`, 'script only the candidates on the paper');
    }
    return misfit('scenario/script-does-not-fit', `a question is voted yes or no, but the script counts ${stray.join(', ')}`, 'script yes and no');
  }
  if (entry.invalid > 0 && !ballot.secret) return misfit('scenario/no-papers', `${entry.invalid} invalid papers in a vote that has no papers`, 'invalid papers exist only in a secret ballot (R2.3, R3.3)');
  const papers = given.reduce((sum, k) => sum + entry.counts![k]!, 0) + entry.abstain + entry.invalid;
  if (papers > ballot.electorate.length) return misfit('scenario/scripted-exceeds-electorate', `${papers} papers for the ${ballot.electorate.length} members entitled to vote in this ballot`, 'the counts, abstain and invalid together cannot exceed the electorate (R2.1)');
  return null;
}
