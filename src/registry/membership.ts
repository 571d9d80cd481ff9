// The Organization's membership in a past year, derived from the registry's joining years
// (members.md §2.5, §2.6). Pure: no I/O beyond the registry's constant rows.
import type { MemberCode, Region } from '../domain/ids.js';
import type { MemberCountry } from '../domain/member.js';
import { MEMBERS } from './members.js';

/**
 * The first year whose membership the registry derives exactly: every admission from the 2008
 * session on is recorded with its year (members.md §2.5), and nobody has left since (§2.1:
 * 187 after 2008, 190 after 2011, 192, 194, 195, 196). Before 2008 only some joining years are
 * known (§2.6), so an earlier session needs an explicit list.
 */
export const FIRST_DERIVABLE_YEAR = 2008;

/** The membership at the opening of one year's session, or why it cannot be derived. */
export type MembershipAt =
  | { readonly ok: true; readonly members: readonly MemberCountry[] }
  | {
      readonly ok: false;
      /** Members known to have joined at that year's session or later: certainly not members then. */
      readonly knownLater: readonly MemberCountry[];
      /** An upper bound: today's members less those known to have joined later. */
      readonly atMost: number;
    };

/**
 * Whether the registry knows that the member joined at the session of `year` or later, so that it
 * was not a member when that session opened (R1.4: admission is voted at a session; a member
 * admitted in `year` was an applicant at that session's opening). A null `joinedYear` says only
 * "before 2008" (members.md §2.5 lists every later admission).
 */
export function joinedLater(member: MemberCountry, year: number): boolean {
  return member.joinedYear !== null && member.joinedYear >= year;
}

/** The Organization's members when the session of `year` opened, from the registry (members.md §2.5). */
export function membershipAt(year: number): MembershipAt {
  const knownLater = MEMBERS.filter((m) => joinedLater(m, year));
  if (year >= FIRST_DERIVABLE_YEAR) return { ok: true, members: MEMBERS.filter((m) => !joinedLater(m, year)) };
  return { ok: false, knownLater, atMost: MEMBERS.length - knownLater.length };
}

/** Registry members admitted at the session of `year` (members.md §2.5). */
export function admittedIn(year: number): readonly MemberCountry[] {
  return MEMBERS.filter((m) => m.joinedYear === year);
}

/** A country that is not a member, with the region it would sit in once admitted. */
export interface NonMemberCountry {
  readonly code: MemberCode;
  readonly name: string;
  readonly region: Region;
  /** Why that region: the rule of members.md §3.3 applied by hand, or the fact used instead. */
  readonly basis: string;
}

/**
 * Countries outside the Organization that applied or may apply (members.md §2.2, §2.4), with the
 * region a scenario gives them when it admits them. Any other applicant needs `applicant.region`.
 */
export const NON_MEMBER_COUNTRIES: readonly NonMemberCountry[] = [
  // UN members outside INTERPOL (members.md §2.2); UN M49 regions, Oceania → Asia (§3.3)
  { code: 'PRK', name: 'North Korea', region: 'ASIA', basis: 'UN M49 Eastern Asia (members.md §3.3)' },
  { code: 'TUV', name: 'Tuvalu', region: 'ASIA', basis: 'UN M49 Oceania, Asia & South Pacific (members.md §3.3)' },
  // Kosovo applied in 2010, 2015, 2016 and 2018 (rejected 2018, members.md §2.4); not in UN M49, so
  // by geography in Southern Europe. XKX is the code the EU and the IMF use (i18n-iso-countries: XKK).
  { code: 'XKX', name: 'Kosovo', region: 'EUROPE', basis: 'not in UN M49; Southern Europe by geography' },
];

/** The non-member country with this code, if the registry knows it. */
export function nonMemberByCode(code: string): NonMemberCountry | undefined {
  return NON_MEMBER_COUNTRIES.find((c) => c.code === code.toUpperCase());
}
