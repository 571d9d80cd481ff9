import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/domain/election.js';
import { checkNomination, sortNominations, type Nomination } from '../../src/rules/nominations.js';
import { defaultRuleSet } from '../../src/rules/rule-set.js';

const cand = (name: string, member: string, region: Candidate['region']): Candidate =>
  ({ id: name.toLowerCase(), name, member, region, nominatedBy: member });
const base: Nomination = {
  candidate: cand('Issam Fetoui', 'TUN', 'AFRICA'), post: 'delegate', region: 'AFRICA',
  receivedDaysBeforeOpening: 60, inDelegation: true, nominatorSuspended: false, acceptedInWriting: true,
};
const committee = { seats: [{ post: 'delegate' as const, region: 'AFRICA' as const, holder: 'X', member: 'EGY', elected: 2024, termEnds: 2027 }] };
const ctx = { committee, sessionYear: 2025 };

describe('checkNomination (R4.2–R4.6, R8.4, Q18)', () => {
  const table: readonly [string, Partial<Nomination>, readonly string[]][] = [
    ['a valid nomination', {}, []],
    ['late, 44 days before opening (R4.2)', { receivedDaysBeforeOpening: 44 }, ['nomination/late']],
    ['nominator suspended for arrears (R4.3, Q18)', { nominatorSuspended: true }, ['nomination/nominator-suspended']],
    ['nominee outside the delegation (R4.4)', { inDelegation: false }, ['nomination/not-in-delegation']],
    ['region mismatch (R9.3)', { region: 'ASIA' }, ['nomination/region-mismatch']],
    ['same country as a continuing member (R1.5)', { candidate: cand('Y', 'EGY', 'AFRICA') }, ['nomination/same-country']],
  ];
  it.each(table)('%s', (_name, change, codes) => {
    const result = checkNomination({ ...base, ...change }, ctx, defaultRuleSet());
    expect(result.problems.map((p) => p.code)).toEqual(codes);
    expect(result.valid).toBe(codes.length === 0);
  });

  it('applies the re-election bar to a Delegate whose term ends (R1.8, Q17)', () => {
    const ending = { seats: [{ ...committee.seats[0]!, holder: 'Issam Fetoui', member: 'TUN', termEnds: 2025 }] };
    const result = checkNomination(base, { committee: ending, sessionYear: 2025 }, defaultRuleSet());
    expect(result.problems.map((p) => p.code)).toEqual(['nomination/reelection-bar']);
  });

  it('lists nominations alphabetically by name (R4.6)', () => {
    const names = sortNominations([{ candidate: cand('Weldeyes', 'ETH', 'AFRICA') }, { candidate: cand('Nainda', 'NAM', 'AFRICA') }]);
    expect(names.map((n) => n.candidate.name)).toEqual(['Nainda', 'Weldeyes']);
  });
});
