import type { Post } from '../../domain/election.js';
import type { Citation } from '../../domain/ids.js';
import type { MajorityRule } from '../../domain/vote.js';
import type { RuleSet } from '../rule-set.js';

/**
 * The majority a ballot needs: the President needs two-thirds on ballots 1..presidentTwoThirdsBallots,
 * then `presidentLaterMajority` (R4.9, CONST Art 16 §2); VPs and Delegates `otherMajority` (R4.10).
 */
export function requiredMajority(
  post: Post,
  ballot: number,
  rules: RuleSet,
): { majority: MajorityRule; citation: Citation } {
  const e = rules.elections;
  if (post !== 'president') {
    return { majority: e.otherMajority, citation: { rule: 'R4.10', source: 'CONST Art 14' } };
  }
  if (ballot <= e.presidentTwoThirdsBallots) {
    return {
      majority: 'two-thirds-present-voting',
      citation: { rule: 'R4.9', source: 'CONST Art 16 §2' },
    };
  }
  return { majority: e.presidentLaterMajority, citation: { rule: 'R4.9', source: 'CONST Art 16 §2' } };
}

const STRICTNESS: Readonly<Record<MajorityRule, number>> = {
  'two-thirds-all-members': 4,
  'two-thirds-present-voting': 3,
  'majority-all-members': 2,
  simple: 1,
  plurality: 0,
};

/** True when some ballot after `ballot` needs a lower majority than `ballot` did (R4.9). */
export function hasLowerMajorityLater(post: Post, ballot: number, rules: RuleSet): boolean {
  const now = requiredMajority(post, ballot, rules).majority;
  const later = requiredMajority(post, Math.max(ballot, rules.elections.presidentTwoThirdsBallots) + 1, rules);
  return STRICTNESS[later.majority] < STRICTNESS[now];
}
