// The Organization's membership in one scenario (issue 13 item 7): who the members are when the
// session opens, and the region an applicant sits in once admitted. Pure; shared by the checks
// (stage two) and the session setup, so that both see the same Organization.
import type { MemberCode, Region } from '../domain/ids.js';
import { MEMBERS, memberByCode } from '../registry/members.js';
import { FIRST_DERIVABLE_YEAR, joinedLater, membershipAt, nonMemberByCode } from '../registry/membership.js';
import type { Scenario } from './schema.js';

/** The year of the session: that of its first day. */
export function sessionYear(scenario: Scenario): number {
  return Number(scenario.session.days[0]!.date.slice(0, 4));
}

/** The members when the session opens (R1.4), sorted; `unresolved` says why the spec gave none. */
export interface Organization {
  readonly members: ReadonlySet<MemberCode>;
  readonly year: number;
  /**
   * Set when `membership.asOf` names a year the registry cannot derive; members is then the upper
   * bound (today's less those known to have joined later), so that other checks stay quiet.
   */
  readonly unresolved?: string;
}

/** Resolves `members.membership` against the registry (members.md §2.5, §2.6). */
export function organizationOf(scenario: Scenario): Organization {
  const spec = scenario.members.membership;
  const year = sessionYear(scenario);
  const all = MEMBERS.map((m) => m.iso3);
  if (spec === 'current') return { members: new Set(all), year };
  if ('only' in spec) return { members: new Set(spec.only.filter((code) => memberByCode(code) !== undefined)), year };
  if ('allExcept' in spec) {
    const except = new Set(spec.allExcept);
    return { members: new Set(all.filter((code) => !except.has(code))), year };
  }
  const at = membershipAt(spec.asOf);
  if (at.ok) return { members: new Set(at.members.map((m) => m.iso3)), year };
  const later = at.knownLater.map((m) => m.iso3).join(', ');
  return {
    members: new Set(all.filter((code) => !at.knownLater.some((m) => m.iso3 === code))),
    year,
    unresolved:
      `the membership of ${spec.asOf} cannot be derived from the registry: joining years are complete only from ${FIRST_DERIVABLE_YEAR} ` +
      `(members.md §2.5, §2.6); known then is at most ${at.atMost} members, ${later} having joined later`,
  };
}

/** Why a registry member is not a member of this scenario's Organization, in words. */
export function whyNotMember(code: MemberCode, scenario: Scenario): string {
  const member = memberByCode(code);
  const spec = scenario.members.membership;
  const year = sessionYear(scenario);
  if (member !== undefined && joinedLater(member, year))
    return `${code} (${member.name}) was not yet a member when the ${year} session opened: it joined in ${member.joinedYear}`;
  const list = typeof spec === 'object' && 'only' in spec ? 'members.membership.only' : 'members.membership';
  return `${code} is not a member of the Organization in this scenario (${list})`;
}

/**
 * The region an applicant sits in once admitted (R9): the item's own `region`, else the
 * scenario's override, else the registry's (a current member treated as an applicant, or a known
 * non-member country); undefined when nothing says.
 */
export function applicantRegion(applicant: { code: MemberCode; region?: Region | undefined }, scenario: Scenario): Region | undefined {
  return applicant.region ?? scenario.members.regionOverrides[applicant.code] ?? memberByCode(applicant.code)?.region ?? nonMemberByCode(applicant.code)?.region;
}
