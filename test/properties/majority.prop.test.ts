import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MajorityRule, Tally } from '../../src/domain/vote.js';
import { computeThreshold, decideQuestion } from '../../src/rules/majority.js';
import { defaultRuleSet, type RuleSet } from '../../src/rules/rule-set.js';
import { expressedVotes } from '../../src/rules/tally.js';
import { arbMajorityRule, arbQuestionKind, arbRuleSet, arbTally } from '../../src/testing/index.js';

const runs = { numRuns: 1000 };
const arbTotal = fc.integer({ min: 0, max: 400 });
const adopted = (t: Tally, majority: MajorityRule, totalMembers: number, rules: RuleSet): boolean =>
  decideQuestion(t, 'resolution', { totalMembers, majority }, rules).decision === 'adopted';

/** The closed-form inequality of each majority (R2.3–R2.6, Q2–Q4). */
function closedForm(majority: MajorityRule, t: Tally, totalMembers: number, rules: RuleSet): boolean {
  const expressed = expressedVotes(t, rules);
  const notTie = t.yes !== t.no;
  switch (majority) {
    case 'simple':
      return 2 * t.yes > expressed;
    case 'two-thirds-present-voting':
      return 3 * t.yes >= 2 * expressed && t.yes >= 1 && notTie;
    case 'two-thirds-all-members':
      return 3 * t.yes >= 2 * totalMembers && t.yes >= 1 && notTie;
    case 'majority-all-members':
      return 2 * t.yes > totalMembers && notTie;
    case 'plurality':
      return t.yes > t.no;
  }
}

describe('majority properties', () => {
  it('neutrality: swapping yes and no mirrors a simple-majority decision, and a tie stays rejected (R2.3, Q2)', () => {
    fc.assert(
      fc.property(arbTally, (t) => {
        const rules = defaultRuleSet();
        const a = adopted(t, 'simple', 196, rules);
        const b = adopted({ ...t, yes: t.no, no: t.yes }, 'simple', 196, rules);
        expect(t.yes === t.no ? !a && !b : a !== b).toBe(true);
      }),
      runs,
    );
  });

  it('monotonicity: turning a no, abstention or invalid paper into yes never rejects an adopted proposal', () => {
    const from = fc.constantFrom('no', 'abstain', 'invalid') as fc.Arbitrary<'no' | 'abstain' | 'invalid'>;
    fc.assert(
      fc.property(arbTally, arbMajorityRule, arbRuleSet, fc.nat({ max: 100 }), from, (t, majority, rules, spare, field) => {
        fc.pre(t[field] > 0);
        const total = t.entitled + spare; // a consistent tally never has more voters than members
        const moved = { ...t, yes: t.yes + 1, [field]: t[field] - 1 };
        expect(!adopted(t, majority, total, rules) || adopted(moved, majority, total, rules)).toBe(true);
      }),
      runs,
    );
  });

  it('abstention-independence: adding abstentions never changes a decision when they are not in the base (R2.3)', () => {
    fc.assert(
      fc.property(arbTally, arbMajorityRule, arbRuleSet, fc.nat({ max: 50 }), (t, majority, base, extra) => {
        const rules = { ...base, counting: { ...base.counting, abstentionsInBase: false } };
        const total = t.entitled + extra;
        const more = { ...t, entitled: t.entitled + extra, abstain: t.abstain + extra };
        expect(adopted(more, majority, total, rules)).toBe(adopted(t, majority, total, rules));
      }),
      runs,
    );
  });

  it('thresholds are integers in [1, base + 1] (Q3, project choice)', () => {
    fc.assert(
      fc.property(arbTally, arbMajorityRule, arbRuleSet, arbTotal, (t, majority, rules, total) => {
        const { required, base } = computeThreshold(majority, t, { totalMembers: total }, rules);
        expect(Number.isInteger(required) && required >= 1 && required <= base + 1).toBe(true);
      }),
      runs,
    );
  });

  it('decideQuestion agrees with the closed-form inequality of each majority (R2.3–R2.6, Q2–Q4)', () => {
    fc.assert(
      fc.property(arbTally, arbMajorityRule, arbRuleSet, arbTotal, (t, majority, rules, total) => {
        expect(adopted(t, majority, total, rules)).toBe(closedForm(majority, t, total, rules));
      }),
      runs,
    );
  });

  it('the announcement follows R3.7 order with counts in decreasing order', () => {
    fc.assert(
      fc.property(arbTally, arbQuestionKind, arbRuleSet, (t, question, rules) => {
        const { announcement } = decideQuestion(t, question, { totalMembers: 196 }, rules);
        expect(Object.keys(announcement).slice(0, 6)).toEqual([
          'entitled',
          'abstentions',
          'invalid',
          'expressed',
          'majorityRequired',
          'counts',
        ]);
        const votes = announcement.counts.map((c) => c.votes);
        expect(votes).toEqual([...votes].sort((a, b) => b - a));
      }),
      runs,
    );
  });
});
