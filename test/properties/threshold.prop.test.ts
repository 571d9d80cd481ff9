import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MajorityRule } from '../../src/domain/vote.js';
import { ballotThreshold } from '../../src/rules/election/ballot-threshold.js';
import { isAllMembersMajority, thresholdFor } from '../../src/rules/threshold.js';
import { arbBallotBase, arbMajorityRule, arbRuleSet } from '../../src/testing/index.js';

const runs = { numRuns: 1000 };
const citation = { rule: 'R2.3', source: 'property' };

/** The closed form each majority states: n votes carry it (R2.3–R2.6, Q3, Q4). */
function carries(majority: MajorityRule, n: number, base: number, runnerUp: number): boolean {
  switch (majority) {
    case 'simple':
    case 'majority-all-members':
      return 2 * n > base;
    case 'two-thirds-present-voting':
    case 'two-thirds-all-members':
      return 3 * n >= 2 * base;
    case 'plurality':
      return n > runnerUp;
  }
}

/** The smallest n >= 1 that carries, read straight off the inequality. */
const isSmallestCarrying = (majority: MajorityRule, required: number, base: number, runnerUp: number): boolean =>
  carries(majority, required, base, runnerUp) && (required === 1 || !carries(majority, required - 1, base, runnerUp));

describe('threshold properties (R2.3–R2.6, R4.9, R4.10, Q3, Q4)', () => {
  it('thresholdFor gives an integer in [1, base + 1] that is the smallest carrying the closed-form inequality', () => {
    const from = fc.nat(400).chain((base) => fc.record({ base: fc.constant(base), runnerUp: fc.nat(base), totalMembers: fc.option(fc.nat(400), { nil: undefined }) }));
    fc.assert(fc.property(arbMajorityRule, from, (majority, { base, runnerUp, totalMembers }) => {
      const t = thresholdFor(majority, { base, baseLabel: 'votes expressed', runnerUp, ...(totalMembers === undefined ? {} : { totalMembers }) }, citation);
      const counted = isAllMembersMajority(majority) && totalMembers !== undefined ? totalMembers : base;
      expect(t.base).toBe(counted);
      expect(Number.isInteger(t.required) && t.required >= 1 && t.required <= t.base + 1).toBe(true);
      expect(isSmallestCarrying(majority, t.required, t.base, runnerUp)).toBe(true);
    }), runs);
  });

  it('ballotThreshold gives an integer in [1, base + 1] agreeing with the closed form on its counting base', () => {
    fc.assert(fc.property(arbMajorityRule, arbBallotBase, arbRuleSet, (majority, counts, rules) => {
      const t = ballotThreshold(majority, counts, rules, citation);
      const expressed = counts.valid + (rules.counting.abstentionsInBase ? counts.abstain : 0) + (rules.counting.invalidInBase ? counts.invalid : 0);
      expect(t.base).toBe(isAllMembersMajority(majority) ? counts.entitled : expressed);
      expect(Number.isInteger(t.required) && t.required >= 1 && t.required <= t.base + 1).toBe(true);
      expect(isSmallestCarrying(majority, t.required, t.base, counts.runnerUp)).toBe(true);
    }), runs);
  });
});
