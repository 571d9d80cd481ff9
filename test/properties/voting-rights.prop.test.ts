import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freezeElectorate, isSuspendedForArrears } from '../../src/rules/voting-rights.js';
import { arbMembers, arbQuestionKind, arbRuleSet } from '../../src/testing/index.js';

const runs = { numRuns: 1000 };
const arbSubject = fc.oneof(arbQuestionKind, fc.constant('election' as const));

describe('voting-rights properties', () => {
  it('suspended members are never in a frozen electorate, except on exempt CONST amendments (R2.8, R8.1)', () => {
    fc.assert(
      fc.property(arbMembers(), arbSubject, fc.nat({ max: 12 }), arbRuleSet, (members, question, itemIndex, rules) => {
        const { entitled } = freezeElectorate(members, { question, itemIndex }, rules);
        const exempt = question === 'constitutionAmendment' && rules.arrears.exemptConstitutionAmendments;
        const suspended = members.filter((m) => isSuspendedForArrears(m.finances, rules)).map((m) => m.code);
        if (!exempt) expect(entitled.filter((code) => suspended.includes(code))).toEqual([]);
      }),
      runs,
    );
  });

  it('freezeElectorate partitions the members into sorted entitled and excluded lists (R2.1)', () => {
    fc.assert(
      fc.property(arbMembers(), arbSubject, fc.nat({ max: 12 }), arbRuleSet, (members, question, itemIndex, rules) => {
        const { entitled, excluded } = freezeElectorate(members, { question, itemIndex }, rules);
        const all = [...entitled, ...excluded.map((e) => e.code)].sort();
        expect(all).toEqual(members.map((m) => m.code).sort());
        expect(entitled).toEqual([...entitled].sort());
      }),
      runs,
    );
  });
});
