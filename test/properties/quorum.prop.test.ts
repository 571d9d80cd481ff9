import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkQuorum } from '../../src/rules/quorum.js';
import { arbRuleSet } from '../../src/testing/index.js';

const runs = { numRuns: 1000 };
const arbContext = fc
  .record({ withVotingRights: fc.nat({ max: 300 }), present: fc.nat({ max: 300 }), suspended: fc.nat({ max: 30 }) })
  .map(({ withVotingRights, present, suspended }) => ({
    withVotingRights,
    present,
    presentSuspended: Math.min(present, suspended),
  }));

describe('quorum properties', () => {
  it('met is exactly present >= needed, with an integer need, whenever a quorum applies (Q1)', () => {
    fc.assert(
      fc.property(fc.constantFrom('open', 'decide') as fc.Arbitrary<'open' | 'decide'>, arbContext, arbRuleSet, (stage, ctx, rules) => {
        const check = checkQuorum(stage, ctx, rules);
        expect(check.applies).toBe(rules.quorum.enabled);
        if (check.applies) expect(check.met).toBe(check.present >= check.needed && Number.isInteger(check.needed));
        else expect(check.met).toBe(true);
      }),
      runs,
    );
  });
});
