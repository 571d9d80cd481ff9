import { describe, expect, it } from 'vitest';
import type { MajorityRule } from '../../src/domain/vote.js';
import { decideQuestion } from '../../src/rules/majority.js';
import { defaultRuleSet } from '../../src/rules/rule-set.js';

const rules = defaultRuleSet();
const decide = (majority: MajorityRule, yes: number, no: number, abstain = 0) =>
  decideQuestion({ entitled: 196, yes, no, abstain, invalid: 0 }, 'resolution', { totalMembers: 196, majority }, rules);

// principle 13: every majority rule against the same invariants
describe.each<MajorityRule>(['simple', 'two-thirds-present-voting', 'two-thirds-all-members', 'majority-all-members', 'plurality'])(
  '%s',
  (majority) => {
    it('rejects a proposal nobody voted for (project choice: required >= 1)', () => {
      expect(decide(majority, 0, 0, 196).decision).toBe('rejected');
    });

    it('adopts a unanimous yes of all 196 Members', () => {
      expect(decide(majority, 196, 0).decision).toBe('adopted');
    });

    it('rejects a tie (Q2)', () => {
      expect(decide(majority, 98, 98)).toMatchObject({ decision: 'rejected', tie: true });
    });

    it('reports needed, got and missing consistently (R3.7)', () => {
      const { announcement } = decide(majority, 60, 40, 96);
      expect(announcement.missing).toBe(Math.max(0, announcement.needed - announcement.got));
    });
  },
);
