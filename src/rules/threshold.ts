import type { Citation } from '../domain/ids.js';
import type { MajorityRule, Threshold } from '../domain/vote.js';
import type { RuleSet } from './rule-set.js';

/** What a threshold is computed on: a present-and-voting base, and the figures some majorities need. */
export interface ThresholdBase {
  /** Votes expressed (with abstentions or invalid papers where the rule set adds them). */
  readonly base: number;
  readonly baseLabel: string;
  /** Votes of the best choice after the leader ("no" on a proposal); only plurality reads it. Default 0. */
  readonly runnerUp?: number;
  /** How the arithmetic names the runner-up's votes. Default "no". */
  readonly runnerUpLabel?: string;
  /**
   * Members of the Organization, the base of the all-members majorities (R2.4, R2.6). When absent
   * the given `base` and `baseLabel` stand in for it; callers that lack the membership pass the
   * electorate there (elections never use these majorities by default).
   */
  readonly totalMembers?: number;
}

const PHRASE: Readonly<Record<MajorityRule, string>> = {
  simple: 'a simple majority of',
  'majority-all-members': 'a majority of',
  'two-thirds-present-voting': 'two-thirds of',
  'two-thirds-all-members': 'two-thirds of',
  plurality: 'a plurality of',
};

/** True for the majorities counted on the whole membership rather than the votes expressed (R2.4, R2.6). */
export function isAllMembersMajority(majority: MajorityRule): boolean {
  return majority === 'two-thirds-all-members' || majority === 'majority-all-members';
}

/** The label of a present-and-voting base under the rule set's counting settings (R2.3, Q14). */
export function expressedBaseLabel(rules: RuleSet): string {
  const extra = [rules.counting.abstentionsInBase && 'abstentions', rules.counting.invalidInBase && 'invalid papers'];
  const added = extra.filter((x): x is string => typeof x === 'string');
  return added.length === 0 ? 'votes expressed' : `votes expressed with ${added.join(' and ')}`;
}

/**
 * R2.3–R2.6, Q3, Q4: the smallest integer number of votes that carries a proposal or elects, in
 * integer arithmetic: simple and majority-of-members floor(base/2)+1; two-thirds the smallest n with
 * 3n >= 2*base; plurality one more than the runner-up. Never below 1, so nobody carries an empty vote.
 */
export function thresholdFor(majority: MajorityRule, from: ThresholdBase, citation: Citation): Threshold {
  const members = isAllMembersMajority(majority) && from.totalMembers !== undefined;
  const base = members ? from.totalMembers! : from.base;
  const baseLabel = members ? 'members of the Organization' : from.baseLabel;
  const runnerUp = from.runnerUp ?? 0;
  const required = Math.max(1, rawRequired(majority, base, runnerUp));
  const arithmetic =
    majority === 'plurality'
      ? `${PHRASE[majority]} ${base} ${baseLabel} beats ${runnerUp} ${from.runnerUpLabel ?? 'no'}, so ${required}`
      : `${PHRASE[majority]} ${base} ${baseLabel} is ${required}`;
  return { majority, base, baseLabel, required, arithmetic, citation };
}

function rawRequired(majority: MajorityRule, base: number, runnerUp: number): number {
  switch (majority) {
    case 'simple':
    case 'majority-all-members':
      return Math.floor(base / 2) + 1;
    case 'two-thirds-present-voting':
    case 'two-thirds-all-members':
      return Math.floor((2 * base + 2) / 3); // ceil(2*base/3) in integers, i.e. 3*yes >= 2*base (Q3)
    case 'plurality':
      return runnerUp + 1;
  }
}
