import { describe, expect, it } from 'vitest';
import { REGIONS, type Region } from '../../src/domain/ids.js';
import { bandOf } from '../../src/registry/build-members.js';
import { EXCLUDED_ISO3, REGION_OVERRIDES } from '../../src/registry/members.source.js';
import { MEMBERS, TOTAL_MEMBERS, isMemberCode, memberByCode, membersOfRegion } from '../../src/registry/members.js';

// the invariants of members.md §4.4
describe('member registry invariants', () => {
  it('has exactly 196 rows (§2.1)', () => {
    expect(MEMBERS).toHaveLength(196);
    expect(TOTAL_MEMBERS).toBe(196);
  });

  it.each(['iso2', 'iso3', 'm49'] as const)('has unique %s codes (§4.4)', (key) => {
    expect(new Set(MEMBERS.map((member) => member[key])).size).toBe(MEMBERS.length);
  });

  it('is sorted by iso3 (§4.2)', () => {
    const codes = MEMBERS.map((member) => member.iso3);
    expect(codes).toEqual([...codes].sort());
  });

  it.each(EXCLUDED_ISO3)('leaves out %s (§2.2, §2.4)', (code) => {
    expect(isMemberCode(code)).toBe(false);
  });

  it.each(['PSE', 'VAT', 'ABW', 'CUW', 'SXM'])('has %s as a non-UN member (§2.3)', (code) => {
    expect(memberByCode(code)?.unMember).toBe(false);
  });

  it('has exactly 191 UN members (§1)', () => {
    expect(MEMBERS.filter((member) => member.unMember)).toHaveLength(191);
  });

  it.each<[Region, number]>([
    ['AFRICA', 54],
    ['AMERICAS', 38],
    ['ASIA', 54],
    ['EUROPE', 50],
  ])('puts %s members in %s (§3.4)', (region, count) => {
    expect(membersOfRegion(region)).toHaveLength(count);
  });

  it('gives every member one of the four regions (§3.1)', () => {
    expect(MEMBERS.every((member) => REGIONS.includes(member.region))).toBe(true);
  });

  it('has a source for every override row, and overrides only those (§3.3)', () => {
    const overridden = MEMBERS.filter((member) => member.regionBasis !== 'm49');
    expect(overridden.map((member) => member.iso3)).toEqual(Object.keys(REGION_OVERRIDES).sort());
    for (const member of overridden) {
      const override = REGION_OVERRIDES[member.iso3];
      expect(override?.source).toMatch(/https?:\/\/|members\.md/);
      expect(override?.basis).toBe(member.regionBasis);
    }
  });

  it('has shares summing to 100 ± 1e-6 (§5.2 step 3)', () => {
    const total = MEMBERS.reduce((sum, member) => sum + member.contribution.sharePct, 0);
    expect(Math.abs(total - 100)).toBeLessThan(1e-6);
  });

  it('gives every member the band of its share (§5.2 step 4)', () => {
    const wrong = MEMBERS.filter((member) => member.contribution.band !== bandOf(member.contribution.sharePct));
    expect(wrong).toEqual([]);
  });

  it('has a UN rate exactly for the UN members (§5.2 steps 1–2)', () => {
    const wrong = MEMBERS.filter((member) => (member.contribution.unScalePct !== null) !== member.unMember);
    expect(wrong).toEqual([]);
  });
});

describe('bandOf', () => {
  // band edges of members.md §5.2 step 4
  it.each([
    [22, 'A'],
    [5, 'A'],
    [4.999, 'B'],
    [1, 'B'],
    [0.999, 'C'],
    [0.1, 'C'],
    [0.0999, 'D'],
    [0.01, 'D'],
    [0.00999, 'E'],
    [0.001, 'E'],
  ] as const)('puts a share of %s %% in band %s', (share, band) => {
    expect(bandOf(share)).toBe(band);
  });
});
