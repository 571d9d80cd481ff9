import { describe, expect, it } from 'vitest';
import type { FinancialStanding, MemberStanding } from '../../src/domain/member.js';
import { defaultRuleSet, RuleSetSchema } from '../../src/rules/rule-set.js';
import { freezeElectorate, isSuspendedForArrears, votingRight } from '../../src/rules/voting-rights.js';

const rules = defaultRuleSet();
const paid: FinancialStanding = { duePreviousYear: 100_000, unpaidPreviousYear: 0, unpaidCurrentYear: 0, rescheduling: false, waiver: false };
const inArrears: FinancialStanding = { ...paid, unpaidPreviousYear: 5_001, unpaidCurrentYear: 1 };
const member = (over: Partial<MemberStanding> = {}): MemberStanding => ({
  code: 'FRA',
  represented: true,
  credentials: 'accepted',
  finances: paid,
  admittedAtItem: null,
  absentDays: [],
  ...over,
});

describe('isSuspendedForArrears', () => {
  it.each<[string, Partial<FinancialStanding>, boolean]>([
    ['exactly 5% unpaid is not suspended (R8.2: more than 5%)', { unpaidPreviousYear: 5_000, unpaidCurrentYear: 1 }, false],
    ['5% + 1 euro unpaid is suspended (R8.2)', { unpaidPreviousYear: 5_001, unpaidCurrentYear: 1 }, true],
    ['current year paid is not suspended (R8.1)', { unpaidPreviousYear: 50_000, unpaidCurrentYear: 0 }, false],
    ['a rescheduling agreement lifts it (R8.5(b))', { unpaidPreviousYear: 50_000, unpaidCurrentYear: 1, rescheduling: true }, false],
    ['a GA waiver lifts it (R8.5(a))', { unpaidPreviousYear: 50_000, unpaidCurrentYear: 1, waiver: true }, false],
    ['nothing due, nothing unpaid is not suspended', { duePreviousYear: 0, unpaidCurrentYear: 1 }, false],
  ])('%s', (_name, over, suspended) => {
    expect(isSuspendedForArrears({ ...paid, ...over }, rules)).toBe(suspended);
  });
});

describe('votingRight', () => {
  const next = RuleSetSchema.parse({ admittedMembersVote: 'next-session' });
  it.each<[string, MemberStanding, Parameters<typeof votingRight>[1], typeof rules, boolean, string]>([
    ['a member in good standing votes (R2.1)', member(), { question: 'resolution', itemIndex: 0 }, rules, true, 'entitled'],
    ['an absent member does not vote, no proxies (R2.1)', member({ represented: false }), { question: 'resolution', itemIndex: 0 }, rules, false, 'not-represented'],
    ['refused credentials do not vote (R5.6)', member({ credentials: 'refused' }), { question: 'resolution', itemIndex: 0 }, rules, false, 'credentials-refused'],
    ['disputed credentials vote provisionally (R5.6)', member({ credentials: 'disputed' }), { question: 'resolution', itemIndex: 0 }, rules, true, 'entitled'],
    ['a suspended member does not vote (R2.8)', member({ finances: inArrears }), { question: 'budget', itemIndex: 5 }, rules, false, 'arrears'],
    ['nor in elections (R2.8)', member({ finances: inArrears }), { question: 'election', itemIndex: 5 }, rules, false, 'arrears'],
    ['but votes on a CONST amendment (R2.8)', member({ finances: inArrears }), { question: 'constitutionAmendment', itemIndex: 5 }, rules, true, 'entitled'],
    ['admitted at item 3: not at item 3 (Q24)', member({ admittedAtItem: 3 }), { question: 'resolution', itemIndex: 3 }, rules, false, 'admitted-later'],
    ['admitted at item 3: votes at item 4 (Q24)', member({ admittedAtItem: 3 }), { question: 'resolution', itemIndex: 4 }, rules, true, 'entitled'],
    ['admitted mid-session, next-session variant (Q24)', member({ admittedAtItem: 3 }), { question: 'resolution', itemIndex: 9 }, next, false, 'admitted-later'],
    ['absent from the day\'s sitting: no vote that day (R2.3)', member({ absentDays: [1] }), { question: 'resolution', itemIndex: 4, day: 1 }, rules, false, 'absent'],
    ['present again the next day (R2.3)', member({ absentDays: [1] }), { question: 'resolution', itemIndex: 7, day: 2 }, rules, true, 'entitled'],
  ])('%s', (_name, m, ctx, ruleSet, entitled, reason) => {
    expect(votingRight(m, ctx, ruleSet)).toMatchObject({ entitled, reason });
  });

  it('suspends on CONST amendments when the exemption is switched off (R2.8 variant)', () => {
    const strict = RuleSetSchema.parse({ arrears: { exemptConstitutionAmendments: false } });
    const right = votingRight(member({ finances: inArrears }), { question: 'constitutionAmendment', itemIndex: 0 }, strict);
    expect(right.reason).toBe('arrears');
  });
});

describe('freezeElectorate', () => {
  it('lists entitled and excluded members in code order', () => {
    const members = [
      member({ code: 'MAR' }),
      member({ code: 'DEU', finances: inArrears }),
      member({ code: 'AUT' }),
      member({ code: 'PLW', admittedAtItem: 0 }),
    ];
    expect(freezeElectorate(members, { question: 'resolution', itemIndex: 0 }, rules)).toEqual({
      entitled: ['AUT', 'MAR'],
      excluded: [
        { code: 'DEU', reason: 'arrears', citation: { rule: 'R8.1', source: 'GR Art 52(1); FR Reg 3.3(8); RPGA Art 36' } },
        { code: 'PLW', reason: 'admitted-later', citation: { rule: 'Q24', source: 'CONST Art 4; RPGA Art 41(2); project default' } },
      ],
    });
  });

  it('returns an empty electorate for an empty roll (principle 1)', () => {
    expect(freezeElectorate([], { question: 'election', itemIndex: 0 }, rules)).toEqual({ entitled: [], excluded: [] });
  });
});
