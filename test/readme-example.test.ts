// The README's "Writing your own property test" example, kept compiling and passing. In a user's
// project the two imports read `from 'gasim'` and `from 'gasim/testing'`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideQuestion, RuleSetSchema } from '../src/index.js';
import { arbTallyWithin, checkRules, monotonicity } from '../src/testing/index.js';

const rules = RuleSetSchema.parse({ majorities: { budget: 'two-thirds-present-voting' } });

describe('my rule set', () => {
  it('never adopts a budget that fewer members support than oppose', () => {
    fc.assert(
      fc.property(arbTallyWithin(196), (tally) => {
        const { decision } = decideQuestion(tally, 'budget', { totalMembers: 196 }, rules);
        expect(decision === 'adopted' && tally.yes <= tally.no).toBe(false);
      }),
    );
  });

  it('keeps the monotonicity axiom', () => {
    fc.assert(monotonicity.property(rules), { numRuns: 500 });
  });

  it('keeps every axiom', () => {
    expect(checkRules(rules, { runs: 50 }).filter((r) => !r.held)).toEqual([]);
  });
});
