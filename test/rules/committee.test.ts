import { describe, expect, it } from 'vitest';
import type { Candidate, Committee, Seat } from '../../src/domain/election.js';
import {
  candidateEligibility, checkComposition, committeeAfterSession, fillSeat, seatsEndingAt, vicePresidentRegionsToElect,
} from '../../src/rules/committee.js';
import { defaultRuleSet } from '../../src/rules/rule-set.js';

const seat = (post: Seat['post'], region: Seat['region'], holder: string, member: string, elected: number, termEnds: number): Seat =>
  ({ post, region, holder, member, elected, termEnds });
const cand = (id: string, name: string, member: string, region: Candidate['region']): Candidate =>
  ({ id, name, member, region, nominatedBy: member });

// the pre-session 2025 Committee (interpol-rules.md §10, 92nd session)
const before2025: Committee = {
  seats: [
    seat('president', 'ASIA', 'Ahmed Naser Al-Raisi', 'ARE', 2021, 2025),
    seat('vice-president', 'AFRICA', 'Mohamed Dkhissi', 'MAR', 2024, 2027),
    seat('vice-president', 'AMERICAS', 'Mary Rodriguez', 'USA', 2024, 2027),
    seat('vice-president', 'EUROPE', 'Valérie De Buysscher', 'BEL', 2022, 2025),
    seat('delegate', 'EUROPE', 'Torsten Kunst', 'DEU', 2024, 2027),
    seat('delegate', 'EUROPE', 'Lucas Philippe', 'FRA', 2024, 2027),
    seat('delegate', 'EUROPE', 'Mustafa Serkan Sabanca', 'TUR', 2024, 2027),
    seat('delegate', 'ASIA', 'Wang Yong', 'CHN', 2024, 2027),
    seat('delegate', 'ASIA', 'Ali Mohammed Al-Ali', 'QAT', 2024, 2027),
    seat('delegate', 'AMERICAS', 'Canada (name unconfirmed)', 'CAN', 2024, 2027),
    seat('delegate', 'AMERICAS', 'second Americas seat (unconfirmed)', 'BRA', 2023, 2026),
    seat('delegate', 'AFRICA', 'Egypt delegate', 'EGY', 2022, 2025),
    seat('delegate', 'AFRICA', 'Namibia delegate', 'NAM', 2022, 2025),
  ],
};
const rules = defaultRuleSet();
const philippe = cand('philippe', 'Lucas Philippe', 'FRA', 'EUROPE');
const wang = cand('wang', 'Wang Yong', 'CHN', 'ASIA');

describe('the 93rd session, 2025 (§10, Q7, Q9)', () => {
  it('replays the 2025 elections into the Committee of §10', () => {
    expect(seatsEndingAt(before2025, 2025)).toHaveLength(4);
    const p = fillSeat(before2025, philippe, { post: 'president', region: null }, 2025, rules);
    expect(p.reopened).toEqual([{ post: 'delegate', region: 'EUROPE', termEnds: 2027 }]);
    expect(vicePresidentRegionsToElect(p.committee, 2025, 'EUROPE', rules)).toEqual(['ASIA']);
    expect(candidateEligibility(p.committee, wang, { post: 'vice-president', region: 'ASIA' }, 2025, rules)).toEqual({ eligible: true });
    const v = fillSeat(p.committee, wang, { post: 'vice-president', region: 'ASIA' }, 2025, rules);
    expect(v.reopened).toEqual([{ post: 'delegate', region: 'ASIA', termEnds: 2027 }]);
    const delegates: readonly [Candidate, 'AFRICA' | 'ASIA' | 'EUROPE', number?][] = [
      [cand('fetoui', 'Issam Fetoui', 'TUN', 'AFRICA'), 'AFRICA'],
      [cand('amin', 'Mohamed Ibrahim Amin', 'KEN', 'AFRICA'), 'AFRICA'],
      [cand('ogasawara', 'Kazumi Ogasawara', 'JPN', 'ASIA'), 'ASIA', 2027],
      [cand('carvelli', 'Stefano Carvelli', 'ITA', 'EUROPE'), 'EUROPE', 2027],
    ];
    let committee = v.committee;
    for (const [c, region, reopenedTermEnds] of delegates) {
      const target = { post: 'delegate' as const, region, ...(reopenedTermEnds ? { reopenedTermEnds } : {}) };
      expect(candidateEligibility(committee, c, target, 2025, rules).eligible).toBe(true);
      committee = fillSeat(committee, c, target, 2025, rules).committee;
    }
    const after = committeeAfterSession(committee, 2025);
    const rows = after.seats.map((s) => `${s.post} ${s.region} ${s.member} ${s.elected}-${s.termEnds}`).sort();
    expect(rows).toEqual([
      'delegate AFRICA KEN 2025-2028', 'delegate AFRICA TUN 2025-2028',
      'delegate AMERICAS BRA 2023-2026', 'delegate AMERICAS CAN 2024-2027',
      'delegate ASIA JPN 2025-2028', 'delegate ASIA QAT 2024-2027',
      'delegate EUROPE DEU 2024-2027', 'delegate EUROPE ITA 2025-2028', 'delegate EUROPE TUR 2024-2027',
      'president EUROPE FRA 2025-2029',
      'vice-president AFRICA MAR 2024-2027', 'vice-president AMERICAS USA 2024-2027', 'vice-president ASIA CHN 2025-2028',
    ]);
    expect(checkComposition(after, rules)).toEqual([]);
  });

  it('asks for two VPs (fourth-VP rule) when an African President leaves two continents uncovered (R1.7, Q9)', () => {
    expect(vicePresidentRegionsToElect(before2025, 2025, 'AFRICA', rules)).toEqual(['ASIA', 'EUROPE']);
  });

  it('runs the reopened seat for the remainder under vacancyTerm remainder (R4.13)', () => {
    const r = { ...rules, elections: { ...rules.elections, vacancyTerm: 'remainder' as const } };
    const { committee } = fillSeat(before2025, cand('c', 'Stefano Carvelli', 'ITA', 'EUROPE'), { post: 'delegate', region: 'EUROPE', reopenedTermEnds: 2027 }, 2025, r);
    expect(committee.seats.at(-1)?.termEnds).toBe(2027);
  });
});

describe('candidateEligibility (R1.5, R1.6, R1.8, Q17)', () => {
  const table: readonly [string, Candidate, { post: Seat['post']; region: Seat['region'] | null }, string | undefined][] = [
    // R1.5: Germany already sits through 2027
    ['same country', cand('x', 'Someone Else', 'DEU', 'EUROPE'), { post: 'delegate', region: 'EUROPE' }, 'eligibility/same-country'],
    // R1.8, Q17: De Buysscher's VP term ends in 2025; neither VP again nor Delegate
    ['VP re-elected VP', cand('d', 'Valérie De Buysscher', 'BEL', 'EUROPE'), { post: 'vice-president', region: 'EUROPE' }, 'eligibility/reelection-bar'],
    ['VP becomes Delegate', cand('d', 'Valérie De Buysscher', 'BEL', 'EUROPE'), { post: 'delegate', region: 'EUROPE' }, 'eligibility/reelection-bar'],
    ['Delegate re-elected Delegate', cand('e', 'Egypt delegate', 'EGY', 'AFRICA'), { post: 'delegate', region: 'AFRICA' }, 'eligibility/reelection-bar'],
    // R1.8: Delegate -> President allowed; the Delegate seat is vacated (Q7)
    ['Delegate becomes President', philippe, { post: 'president', region: null }, undefined],
    // Q7: moves go up only; Dkhissi's VP seat continues, so a Delegate seat would vacate it unrefilled
    ['continuing VP stands for Delegate', cand('k', 'Mohamed Dkhissi', 'MAR', 'AFRICA'), { post: 'delegate', region: 'AFRICA' }, 'eligibility/already-seated'],
    ['continuing VP stands for President', cand('k', 'Mohamed Dkhissi', 'MAR', 'AFRICA'), { post: 'president', region: null }, undefined],
    // R9.2: region mismatch
    ['region mismatch', cand('y', 'Someone', 'ESP', 'EUROPE'), { post: 'delegate', region: 'AFRICA' }, 'eligibility/region-mismatch'],
    // R1.6: Dkhissi (Africa) continues as VP
    ['same continent as a VP', cand('z', 'Someone', 'GHA', 'AFRICA'), { post: 'vice-president', region: 'AFRICA' }, 'eligibility/same-continent'],
  ];
  it.each(table)('%s', (_name, candidate, target, code) => {
    expect(candidateEligibility(before2025, candidate, target, 2025, rules).code).toBe(code);
  });
});

describe('checkComposition (R1.5–R1.7, R9.3)', () => {
  it('reports a repeated country and a fourth Europe Delegate', () => {
    const extra = { seats: [...before2025.seats, seat('delegate', 'EUROPE', 'X', 'DEU', 2024, 2027)] };
    expect(checkComposition(extra, rules).map((v) => v.code)).toEqual([
      'committee/too-many-members', 'committee/same-country', 'committee/too-many-delegates',
    ]);
  });
});
