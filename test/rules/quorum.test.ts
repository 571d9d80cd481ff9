import { describe, expect, it } from 'vitest';
import { checkQuorum, type QuorumStage } from '../../src/rules/quorum.js';
import { defaultRuleSet, RuleSetSchema } from '../../src/rules/rule-set.js';

const un = RuleSetSchema.parse({ quorum: { enabled: true } });

describe('checkQuorum', () => {
  it('does not apply under the INTERPOL defaults (R2.10, Q1)', () => {
    const check = checkQuorum('decide', { present: 3, withVotingRights: 196, presentSuspended: 0 }, defaultRuleSet());
    expect(check).toMatchObject({ applies: false, met: true, citation: { rule: 'R2.10' } });
  });

  it.each<[string, QuorumStage, number, number, boolean, number]>([
    // Q1, UN rule 67: one third of 196 is 65.33, so 66 open the sitting
    ['65 of 196 cannot open', 'open', 65, 0, false, 66],
    ['66 of 196 open the sitting', 'open', 66, 0, true, 66],
    // Q1, UN rule 67: a majority of 196 is 99 (98 is exactly half, not a majority)
    ['98 of 196 cannot decide', 'decide', 98, 0, false, 99],
    ['99 of 196 can decide', 'decide', 99, 0, true, 99],
    // Q1: members suspended for arrears do not count by default
    ['100 present with 2 suspended cannot decide', 'decide', 100, 2, false, 99],
  ])('%s', (_name, stage, present, presentSuspended, met, needed) => {
    const check = checkQuorum(stage, { present, withVotingRights: 196, presentSuspended }, un);
    expect(check).toMatchObject({ applies: true, met, needed });
  });

  it('counts suspended members when the variant says so (Q1)', () => {
    const variant = RuleSetSchema.parse({ quorum: { enabled: true, countSuspended: true } });
    const check = checkQuorum('decide', { present: 100, withVotingRights: 196, presentSuspended: 2 }, variant);
    expect(check).toMatchObject({ met: true, present: 100 });
  });

  it('explains itself', () => {
    const check = checkQuorum('open', { present: 65, withVotingRights: 196, presentSuspended: 0 }, un);
    expect(check.text).toBe('65 present of 196 with voting rights; 66 needed to open the sitting: no quorum');
  });
});
