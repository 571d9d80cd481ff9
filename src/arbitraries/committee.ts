import fc from 'fast-check';
import type { Committee, Seat } from '../domain/election.js';
import { RuleSetSchema, type RuleSet } from '../rules/rule-set.js';

// the Committee after the 93rd session (interpol-rules.md §10): a valid composition to sample from
const TEMPLATE: readonly Omit<Seat, 'elected' | 'termEnds'>[] = [
  { post: 'president', region: 'EUROPE', holder: 'Lucas Philippe', member: 'FRA' },
  { post: 'vice-president', region: 'AFRICA', holder: 'Mohamed Dkhissi', member: 'MAR' },
  { post: 'vice-president', region: 'AMERICAS', holder: 'Mary Rodriguez', member: 'USA' },
  { post: 'vice-president', region: 'ASIA', holder: 'Wang Yong', member: 'CHN' },
  { post: 'delegate', region: 'AFRICA', holder: 'Issam Fetoui', member: 'TUN' },
  { post: 'delegate', region: 'AFRICA', holder: 'Mohamed Ibrahim Amin', member: 'KEN' },
  { post: 'delegate', region: 'ASIA', holder: 'Ali Mohammed Al-Ali', member: 'QAT' },
  { post: 'delegate', region: 'ASIA', holder: 'Kazumi Ogasawara', member: 'JPN' },
  { post: 'delegate', region: 'EUROPE', holder: 'Torsten Kunst', member: 'DEU' },
  { post: 'delegate', region: 'EUROPE', holder: 'Mustafa Serkan Sabanca', member: 'TUR' },
  { post: 'delegate', region: 'EUROPE', holder: 'Stefano Carvelli', member: 'ITA' },
  { post: 'delegate', region: 'AMERICAS', holder: 'Canada delegate', member: 'CAN' },
];

/** A valid pre-session Committee: a random subset of the §10 Committee with terms ending at `year` or later. */
export function arbCommittee(year: number): fc.Arbitrary<Committee> {
  return fc
    .array(fc.option(fc.integer({ min: 0, max: 3 }), { freq: 3 }), { minLength: TEMPLATE.length, maxLength: TEMPLATE.length })
    .map((ends) => ({
      seats: TEMPLATE.flatMap((s, i) => {
        const end = ends[i];
        return end === null || end === undefined ? [] : [{ ...s, elected: year - 1, termEnds: year + end }];
      }),
    }));
}

/** Committee settings of a rule set: terms, vacancy term, the fourth-VP and re-election rules. */
export function arbCommitteeRules(): fc.Arbitrary<RuleSet> {
  return fc
    .record({
      fourthVicePresident: fc.boolean(),
      reelectionBar: fc.boolean(),
      vacancyTerm: fc.constantFrom('full' as const, 'remainder' as const),
      delegateBallot: fc.constantFrom('seat-by-seat' as const, 'multi-seat' as const),
      terms: fc.record({ president: fc.integer({ min: 1, max: 5 }), vicePresident: fc.integer({ min: 1, max: 4 }), delegate: fc.integer({ min: 1, max: 4 }) }),
    })
    .map((elections) => RuleSetSchema.parse({ elections }));
}
