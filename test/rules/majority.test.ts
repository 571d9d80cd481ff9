import { describe, expect, it } from 'vitest';
import type { MajorityRule, Tally } from '../../src/domain/vote.js';
import { computeThreshold, decideQuestion, majorityFor } from '../../src/rules/majority.js';
import { defaultRuleSet, RuleSetSchema, type QuestionKind } from '../../src/rules/rule-set.js';

const rules = defaultRuleSet();
const tally = (yes: number, no: number, abstain = 0, invalid = 0): Tally => ({
  entitled: yes + no + abstain + invalid + 10,
  yes,
  no,
  abstain,
  invalid,
});

describe('decideQuestion', () => {
  it.each<[string, QuestionKind, Tally, 'adopted' | 'rejected', number]>([
    // R2.5(a), Q3: 3*110 >= 2*165
    ['110 yes of 165 expressed passes two-thirds', 'membership', tally(110, 55, 12), 'adopted', 110],
    // R2.5(a), Q3: ceil(2*164/3) = 110 (2025 presidential figures, §10)
    ['109 yes of 164 expressed fails two-thirds', 'membership', tally(109, 55), 'rejected', 110],
    ['110 yes of 164 expressed passes two-thirds', 'membership', tally(110, 54), 'adopted', 110],
    // R2.6: two-thirds of all 196 Members is 131, whoever votes
    ['130 yes fails a CONST amendment', 'constitutionAmendment', tally(130, 0, 30), 'rejected', 131],
    ['131 yes passes a CONST amendment', 'constitutionAmendment', tally(131, 40), 'adopted', 131],
    // R2.2, R2.3: simple majority of 164 expressed is 83
    ['83 of 164 carries a simple majority', 'resolution', tally(83, 81, 9), 'adopted', 83],
    // Q2: a tie rejects
    ['82 of 164 is a tie and is rejected', 'budget', tally(82, 82), 'rejected', 83],
    // R2.3: abstentions do not count as votes expressed
    ['1 yes, 0 no, 100 abstentions carries', 'resolution', tally(1, 0, 100), 'adopted', 1],
    // project choice: required is at least 1
    ['nobody voting rejects the proposal', 'resolution', tally(0, 0, 50), 'rejected', 1],
  ])('%s', (_name, question, t, decision, required) => {
    const result = decideQuestion(t, question, { totalMembers: 196 }, rules);
    expect(result.decision).toBe(decision);
    expect(result.threshold.required).toBe(required);
  });

  it('marks a tie and cites Q2 in the trail', () => {
    const result = decideQuestion(tally(82, 82), 'resolution', { totalMembers: 196 }, rules);
    expect(result.tie).toBe(true);
    expect(result.trail.map((s) => s.citation.rule)).toContain('Q2');
  });

  it('announces in R3.7 order with needed, got and missing', () => {
    const result = decideQuestion(tally(109, 55, 12, 3), 'membership', { totalMembers: 196 }, rules);
    expect(result.announcement).toMatchInlineSnapshot(`
      {
        "abstentions": 12,
        "counts": [
          {
            "label": "yes",
            "votes": 109,
          },
          {
            "label": "no",
            "votes": 55,
          },
        ],
        "entitled": 189,
        "expressed": 164,
        "got": 109,
        "invalid": 3,
        "majorityRequired": 110,
        "missing": 1,
        "needed": 110,
      }
    `);
    expect(Object.keys(result.announcement).slice(0, 5)).toEqual([
      'entitled',
      'abstentions',
      'invalid',
      'expressed',
      'majorityRequired',
    ]);
  });

  it('uses a majority set for this vote instead of the rule set', () => {
    const result = decideQuestion(tally(90, 74), 'resolution', { totalMembers: 196, majority: 'two-thirds-present-voting' }, rules);
    expect(result.decision).toBe('rejected');
  });
});

describe('computeThreshold', () => {
  it.each<[string, MajorityRule, Tally, number, string]>([
    // R2.5, Q3
    ['two-thirds of 165', 'two-thirds-present-voting', tally(110, 55), 110, 'two-thirds of 165 votes expressed is 110'],
    // R2.6
    ['two-thirds of all members', 'two-thirds-all-members', tally(1, 1), 131, 'two-thirds of 196 members of the Organization is 131'],
    // R2.4
    ['majority of all members', 'majority-all-members', tally(1, 1), 99, 'a majority of 196 members of the Organization is 99'],
    // R2.3
    ['simple majority of 164', 'simple', tally(83, 81), 83, 'a simple majority of 164 votes expressed is 83'],
    // rule-designer variant: more yes than no
    ['plurality', 'plurality', tally(50, 40, 70), 41, 'a plurality of 90 votes expressed beats 40 no, so 41'],
  ])('%s', (_name, majority, t, required, arithmetic) => {
    const threshold = computeThreshold(majority, t, { totalMembers: 196 }, rules);
    expect(threshold.required).toBe(required);
    expect(threshold.arithmetic).toBe(arithmetic);
  });

  it('puts abstentions in the base when the rule set says so (R2.3 variant)', () => {
    const variant = RuleSetSchema.parse({ counting: { abstentionsInBase: true } });
    const threshold = computeThreshold('simple', tally(60, 40, 50), { totalMembers: 196 }, variant);
    expect(threshold).toMatchObject({ base: 150, required: 76, baseLabel: 'votes expressed with abstentions' });
  });
});

describe('majorityFor', () => {
  it.each<[QuestionKind, MajorityRule]>([
    ['resolution', 'simple'], // R2.2
    ['additionalItem', 'two-thirds-present-voting'], // R2.5(e)
    ['membership', 'two-thirds-present-voting'], // R1.4
    ['regulationAmendment', 'two-thirds-present-voting'], // R2.5(d)
    ['constitutionAmendment', 'two-thirds-all-members'], // R2.6
    ['appeal', 'simple'], // R2.9
  ])('%s needs %s', (question, majority) => {
    expect(majorityFor(question, rules)).toBe(majority);
  });
});
