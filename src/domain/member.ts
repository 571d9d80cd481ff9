import type { Citation, MemberCode, Region } from './ids.js';

/** How a member's INTERPOL region was determined (members.md §3.3). */
export type RegionBasis = 'm49' | 'sourced-override' | 'inferred-override';

/** Contribution band derived from the proxy share (members.md §5.2). */
export type ContributionBand = 'A' | 'B' | 'C' | 'D' | 'E';

/** One row of the member registry (members.md §4.3). */
export interface MemberCountry {
  readonly iso2: string;
  readonly iso3: MemberCode;
  readonly m49: string;
  readonly name: string;
  /**
   * French short name for the roll call in French alphabetical order (interpol-rules.md R3.2,
   * RPGA Art 19): the first `i18n-iso-countries` French alias, or a short form from NAME_FR_OVERRIDES.
   */
  readonly nameFr: string;
  readonly region: Region;
  readonly regionBasis: RegionBasis;
  readonly unMember: boolean;
  readonly joinedYear: number | null;
  /** A proxy from the UN scale of assessments, not INTERPOL's own figures. */
  readonly contribution: {
    readonly unScalePct: number | null;
    readonly sharePct: number;
    readonly band: ContributionBand;
    readonly basis: 'un-scale-2025-27' | 'un-notional' | 'floor';
  };
}

/** Credentials as reported by the Credentials Bureau (R5.6). */
export type Credentials = 'accepted' | 'refused' | 'disputed';

/**
 * Financial standing of a member at the session, in whole euros (R8.1, R8.2, R8.5, Q12).
 * All amounts are integers so that the 5% test needs no floating point.
 */
export interface FinancialStanding {
  readonly duePreviousYear: number;
  readonly unpaidPreviousYear: number;
  readonly unpaidCurrentYear: number;
  /** A rescheduling agreement being honoured (FR Reg 3.4, R8.5(b)). */
  readonly rescheduling: boolean;
  /** A waiver granted by this or an earlier decision of the GA (GR Art 52(3), R8.5(a)). */
  readonly waiver: boolean;
}

/** What the rules need to know about one member to decide whether it may vote in a ballot. */
export interface MemberStanding {
  readonly code: MemberCode;
  readonly represented: boolean;
  readonly credentials: Credentials;
  readonly finances: FinancialStanding;
  /**
   * Index (0-based, in agenda order) of the item at which the member was admitted during this
   * session, or null for a member admitted before the session (R1.4, Q24).
   */
  readonly admittedAtItem: number | null;
  /** Session days (0-based) on which the represented delegation is absent (attendance, R2.3, Q1). */
  readonly absentDays: readonly number[];
}

/** Why a member may not vote in a ballot (R2.1, R2.3, R5.6, R8.1, Q24). */
export type ExclusionReason = 'not-represented' | 'absent' | 'credentials-refused' | 'arrears' | 'admitted-later';

/** A member of the Organization left out of a ballot's electorate, with the reason and the rule. */
export interface ExcludedMember {
  readonly code: MemberCode;
  readonly reason: ExclusionReason;
  readonly citation: Citation;
}

/**
 * Who could vote in one ballot, frozen when it opened (R2.1, R2.8): the members entitled, sorted by
 * code, and every other member of the Organization with the reason it could not vote.
 */
export interface Electorate {
  readonly entitled: readonly MemberCode[];
  readonly excluded: readonly ExcludedMember[];
}
