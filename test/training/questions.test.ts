import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decideQuestion, majorityFor } from '../../src/rules/majority.js';
import { votingRight } from '../../src/rules/voting-rights.js';
import { nextMotionToPut } from '../../src/rules/motions.js';
import { defaultRuleSet } from '../../src/rules/rule-set.js';
import { arbMemberStanding } from '../../src/arbitraries/members.js';
import { arbQuestionKind, arbRuleSet } from '../../src/arbitraries/rule-set.js';
import { arbAssemblyTally } from '../../src/arbitraries/tally.js';
import { eligibilityQuestion } from '../../src/training/eligibility-questions.js';
import { majorityQuestion, majorityRuleQuestion, outcomeQuestion } from '../../src/training/majority-questions.js';
import { motionPrecedenceQuestion } from '../../src/training/motion-questions.js';
import { scoreAnswer } from '../../src/training/score.js';
import { MOTION_PRECEDENCE } from '../../src/rules/motions.js';

const rules = defaultRuleSet();

describe('questions take their answers from the rules core', () => {
  it('majorityQuestion answers threshold.required and outcomeQuestion the decision, for 1,000 situations', () => {
    fc.assert(
      fc.property(arbAssemblyTally(), arbQuestionKind, arbRuleSet, (tally, kind, rs) => {
        const result = decideQuestion(tally, kind, { totalMembers: 196 }, rs);
        expect(majorityQuestion(result).answer).toBe(result.threshold.required);
        expect(outcomeQuestion(result).answer).toBe(result.decision);
        expect(majorityRuleQuestion(kind, rs).answer).toBe(majorityFor(kind, rs));
      }),
      { numRuns: 1000 },
    );
  });

  it('eligibilityQuestion answers the votingRight reason', () => {
    fc.assert(
      fc.property(arbMemberStanding, fc.nat({ max: 9 }), arbQuestionKind, arbRuleSet, (m, itemIndex, question, rs) => {
        expect(eligibilityQuestion(m, { question, itemIndex }, rs).answer).toBe(votingRight(m, { question, itemIndex }, rs).reason);
      }),
      { numRuns: 500 },
    );
  });

  it('motionPrecedenceQuestion answers nextMotionToPut', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...MOTION_PRECEDENCE], { minLength: 1 }), (pending) => {
        expect(motionPrecedenceQuestion(pending)?.answer).toBe(nextMotionToPut(pending));
      }),
    );
  });

  it('src/training and src/ui/training hold no literal answers', () => {
    const dirs = ['src/training', 'src/ui/training'];
    const files = dirs.flatMap((d) => readdirSync(d).map((f) => `${d}/${f}`));
    const literal = /\banswer\s*:\s*(['"`]|\d)/;
    expect(files.filter((f) => literal.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});

describe('scoreAnswer', () => {
  const result = decideQuestion({ entitled: 170, yes: 84, no: 80, abstain: 4, invalid: 2 }, 'membership', { totalMembers: 196 }, rules);

  it('gives the arithmetic and citation on a wrong number (R2.5)', () => {
    expect(scoreAnswer(majorityQuestion(result), '83', 5).feedback).toMatchInlineSnapshot(`
      "✖ Wrong: you answered 83; the answer is 110.
      two-thirds of 164 votes expressed is 110; yes had 84
      (R2.5, RPGA Art 38(2); Q3)"
    `);
  });

  it('accepts a choice by key or by number', () => {
    const q = outcomeQuestion(result);
    expect(scoreAnswer(q, 'rejected', 0).correct).toBe(true);
    expect(scoreAnswer(q, '2', 0).correct).toBe(true);
    expect(scoreAnswer(q, '1', 0).correct).toBe(false);
    expect(scoreAnswer(q, 'maybe', 0).given).toBeNull();
  });
});
