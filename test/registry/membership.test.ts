import { describe, expect, it } from 'vitest';
import { EXCLUDED_ISO3 } from '../../src/registry/members.source.js';
import { MEMBERS, isMemberCode } from '../../src/registry/members.js';
import { FIRST_DERIVABLE_YEAR, NON_MEMBER_COUNTRIES, admittedIn, membershipAt, nonMemberByCode } from '../../src/registry/membership.js';

// Membership when each year's session opened, derived from the registry's joining years, against
// the totals published at the time (members.md §2.1, §2.5; interpol-rules.md §10).
const PUBLISHED: [year: number, atOpening: number, source: string][] = [
  [2008, 186, 'vita.it: the Vatican accepted "by the delegates of the 186 countries" (St Petersburg)'],
  [2009, 187, 'members.md §2.5: 187 after the Vatican (2008)'],
  [2011, 187, 'rednoticelawjournal 2011: three admissions brought the total to 190'],
  [2012, 190, 'peopledaily 2012: "190 pays membres" (Rome)'],
  [2016, 190, 'pakistanpoint (APP) 2016: 190 member countries (Bali)'],
  [2017, 190, 'antaranews 2017: 190 members before Palestine and the Solomon Islands (Beijing)'],
  [2018, 192, 'RFE/RL via infobalkans 2018: "the 192-member police organization" (Dubai)'],
  [2021, 194, 'INTERPOL 2021: Micronesia the 195th member (Istanbul)'],
  [2023, 195, 'INTERPOL 2023: Palau the 196th member (Vienna)'],
  [2024, 196, 'members.md §2.1: 196 at Glasgow'],
  [2025, 196, 'members.md §2.1: 196 at Marrakech'],
];

describe('membershipAt (members.md §2.5, R1.4)', () => {
  it.each(PUBLISHED)('derives %i: %i members at the opening (%s)', (year, count) => {
    const at = membershipAt(year);
    expect(at.ok && at.members.length).toBe(count);
  });

  it('leaves out the members admitted at that year\'s session: they were applicants at its opening', () => {
    const at = membershipAt(2017);
    const codes = at.ok ? at.members.map((m) => m.iso3) : [];
    expect(codes).not.toContain('PSE');
    expect(codes).not.toContain('SLB');
    expect(codes).toContain('VAT');
  });

  it('cannot derive a year before 2008, and says how much is known (members.md §2.6)', () => {
    expect(FIRST_DERIVABLE_YEAR).toBe(2008);
    const at = membershipAt(2007);
    expect(at.ok).toBe(false);
    // the 76th session, Marrakech 2007, reported 186 members (interpol-rules.md §10): the bound is tight
    expect(!at.ok && at.atMost).toBe(186);
    expect(!at.ok && at.knownLater.map((m) => m.iso3).sort()).toEqual(['CUW', 'FSM', 'KIR', 'PLW', 'PSE', 'SLB', 'SSD', 'SXM', 'VAT', 'VUT']);
  });

  it.each<[number, string[]]>([
    [2008, ['VAT']],
    [2011, ['CUW', 'SSD', 'SXM']],
    [2017, ['PSE', 'SLB']],
    [2018, ['KIR', 'VUT']],
    [2021, ['FSM']],
    [2023, ['PLW']],
    [2024, []],
  ])('lists the admissions of %i (members.md §2.5)', (year, codes) => {
    expect(admittedIn(year).map((m) => m.iso3)).toEqual(codes);
  });

  it('has every joining year since 2008 in the admissions table, and no other', () => {
    const since = MEMBERS.filter((m) => m.joinedYear !== null && m.joinedYear >= 2008).map((m) => m.iso3).sort();
    expect(since).toEqual(['CUW', 'FSM', 'KIR', 'PLW', 'PSE', 'SLB', 'SSD', 'SXM', 'VAT', 'VUT']);
  });
});

describe('non-member countries (members.md §2.2, §2.4)', () => {
  it.each(NON_MEMBER_COUNTRIES.map((c) => [c.code, c.region] as const))('knows %s (region %s) and it is not a member', (code) => {
    expect(isMemberCode(code)).toBe(false);
    expect(EXCLUDED_ISO3).toContain(code);
    expect(nonMemberByCode(code.toLowerCase())?.code).toBe(code);
  });
});
