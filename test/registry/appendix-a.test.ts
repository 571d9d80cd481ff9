import { describe, expect, it } from 'vitest';
import type { Region } from '../../src/domain/ids.js';
import type { RegionBasis } from '../../src/domain/member.js';
import { memberByCode } from '../../src/registry/members.js';

type Case = [iso3: string, iso2: string, name: string, region: Region, basis: RegionBasis, unMember: boolean];

// spot checks against members.md Appendix A (and §3.3 for the basis of each region)
const cases: Case[] = [
  ['AGO', 'AO', 'Angola', 'AFRICA', 'm49', true],
  ['COD', 'CD', 'DR Congo', 'AFRICA', 'm49', true], // §4.6 name override
  ['COG', 'CG', 'Congo', 'AFRICA', 'm49', true],
  ['EGY', 'EG', 'Egypt', 'AFRICA', 'm49', true], // §3.2: North Africa is Africa
  ['ABW', 'AW', 'Aruba', 'AMERICAS', 'm49', false], // §2.3
  ['USA', 'US', 'United States', 'AMERICAS', 'm49', true],
  ['AUS', 'AU', 'Australia', 'ASIA', 'm49', true], // [Oceania] → Asia
  ['KOR', 'KR', 'Korea (Rep. of)', 'ASIA', 'm49', true],
  ['PSE', 'PS', 'Palestine', 'ASIA', 'm49', false],
  ['KAZ', 'KZ', 'Kazakhstan', 'ASIA', 'm49', true], // (inferred) Asia, no override
  ['ARM', 'AM', 'Armenia', 'EUROPE', 'inferred-override', true], // [Asia; inferred]
  ['CYP', 'CY', 'Cyprus', 'EUROPE', 'inferred-override', true], // [Asia; inferred]
  ['ISR', 'IL', 'Israel', 'EUROPE', 'sourced-override', true], // [Asia; sourced]
  ['TUR', 'TR', 'Türkiye', 'EUROPE', 'sourced-override', true], // [Asia; sourced]
  ['RUS', 'RU', 'Russia', 'EUROPE', 'm49', true],
  ['VAT', 'VA', 'Vatican City State', 'EUROPE', 'm49', false],
];

describe('Appendix A', () => {
  it.each(cases)('lists %s as %s %s in %s (%s)', (iso3, iso2, name, region, regionBasis, unMember) => {
    expect(memberByCode(iso3)).toMatchObject({ iso2, name, region, regionBasis, unMember });
  });

  // §2.6 join years: sourced values only, null elsewhere
  it.each([
    ['FRA', 1956],
    ['ISR', 1949],
    ['AZE', 1992],
    ['PLW', 2023],
    ['GBR', null],
  ] as const)('gives %s the join year %s', (iso3, year) => {
    expect(memberByCode(iso3)?.joinedYear).toBe(year);
  });

  // §5.2: headline UN rates and the non-UN proxies
  it.each([
    ['USA', 22, 'A', 'un-scale-2025-27'],
    ['CHN', 20.004, 'A', 'un-scale-2025-27'],
    ['JPN', 6.93, 'A', 'un-scale-2025-27'],
    ['PSE', null, 'D', 'un-notional'],
    ['VAT', null, 'E', 'un-notional'],
    ['SXM', null, 'E', 'floor'],
  ] as const)('gives %s a UN rate of %s, band %s (%s)', (iso3, unScalePct, band, basis) => {
    expect(memberByCode(iso3)?.contribution).toMatchObject({ unScalePct, band, basis });
  });
});
