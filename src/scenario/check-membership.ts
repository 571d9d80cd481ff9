import type { MemberCode } from '../domain/ids.js';
import { MEMBERS, memberByCode } from '../registry/members.js';
import { admittedIn, joinedLater } from '../registry/membership.js';
import { agendaEntries } from './agenda-entries.js';
import type { CheckContext } from './check-context.js';
import { applicantRegion, whyNotMember } from './membership.js';
import type { DocPath } from './scenario-problem.js';

const AT = ['members', 'membership'];

/**
 * `members.membership` agrees with the registry and the session's year (R1.4, members.md §2.5):
 * a derived year is the session's and derivable, a listed member had joined before the session
 * opened, and today's membership is not silently used for a session held before the last admission.
 */
export function checkMembership(ctx: CheckContext): void {
  const spec = ctx.scenario.members.membership;
  const { year } = ctx.organization;
  if (spec === 'current') {
    const later = MEMBERS.filter((m) => joinedLater(m, year));
    if (later.length > 0)
      ctx.report('scenario/membership', AT, `the session opens in ${year} but the membership is today's ${MEMBERS.length}, including ${later.length} that joined later (${later.map((m) => m.iso3).join(', ')})`, { severity: 'warning', hint: `set members.membership: { asOf: ${year} } for the members of that year (R1.4)` });
    return;
  }
  if ('asOf' in spec) {
    if (spec.asOf !== year)
      ctx.report('scenario/membership', [...AT, 'asOf'], `membership as of ${spec.asOf}, but the session opens in ${year}`, { hint: `use asOf: ${year}, the members when this session opened` });
    else if (ctx.organization.unresolved !== undefined)
      ctx.report('scenario/membership', [...AT, 'asOf'], ctx.organization.unresolved, { hint: 'list the members instead: membership: { only: [...] } or { allExcept: [...] }' });
    return;
  }
  const key = 'only' in spec ? 'only' : 'allExcept';
  const codes = 'only' in spec ? spec.only : spec.allExcept;
  const seen = new Set<MemberCode>();
  codes.forEach((code, i) => {
    const path = [...AT, key, i];
    if (memberByCode(code) === undefined)
      ctx.report('scenario/unknown-member', path, `'${code}' is not in the member registry`, { hint: 'membership lists registry members by ISO alpha-3 code; `gasim members` lists them' });
    else if (seen.has(code)) ctx.report('scenario/membership', path, `${code} is listed twice`, { hint: 'list each member once' });
    else if (key === 'only' && joinedLater(memberByCode(code)!, year)) ctx.report('scenario/not-yet-member', path, whyNotMember(code, ctx.scenario), { hint: 'remove it from the list; it attends as an applicant until admitted (R1.4, R5.11)' });
    seen.add(code);
  });
  if (key === 'allExcept') {
    const later = MEMBERS.filter((m) => !seen.has(m.iso3) && joinedLater(m, year));
    if (later.length > 0)
      ctx.report('scenario/not-yet-member', [...AT, key], `${later.map((m) => `${m.iso3} (joined ${m.joinedYear})`).join(', ')} had not joined when the ${year} session opened`, { hint: 'add them to allExcept (R1.4)' });
  }
}

/**
 * Applicants (R1.4, R5.11): not members when the session opens, each applying once, each with a
 * region to sit in once admitted (R9); with a derived membership, a registry member admitted at
 * this year's session without a membership item is worth a warning.
 */
export function checkApplicants(ctx: CheckContext): void {
  const { scenario, organization } = ctx;
  const already = (code: MemberCode) =>
    scenario.members.membership === 'current' ? `applicant ${code} is already an INTERPOL member` : `applicant ${code} was already a member when the ${organization.year} session opened`;
  scenario.members.observers.forEach((observer, i) => {
    if (observer.kind === 'applicant' && observer.code !== undefined && organization.members.has(observer.code))
      ctx.report('scenario/applicant-already-member', ['members', 'observers', i, 'code'], already(observer.code), { hint: 'list it as a member, or use the code of a country that is not a member' });
  });
  const applying = new Map<MemberCode, string>();
  for (const { item, path } of agendaEntries(scenario)) {
    if (item.kind !== 'membership') continue;
    const code = item.applicant.code;
    const at: DocPath = [...path, 'applicant'];
    if (organization.members.has(code))
      ctx.report('scenario/applicant-already-member', [...at, 'code'], already(code), { hint: 'use the code of a country that is not yet a member (R1.4)' });
    else if (applying.has(code))
      ctx.report('scenario/applicant-already-member', [...at, 'code'], `${code} already applies at item '${applying.get(code)}'`, { hint: 'one application per country and session (R1.4)' });
    else if (applicantRegion(item.applicant, scenario) === undefined)
      ctx.report('scenario/applicant-region', at, `gasim does not know the region of ${code} (${item.applicant.name})`, { hint: 'give applicant.region (AFRICA, AMERICAS, ASIA or EUROPE): the region it sits in once admitted (R9)' });
    applying.set(code, item.id);
  }
  const spec = scenario.members.membership;
  if (typeof spec === 'object' && 'asOf' in spec && organization.unresolved === undefined) {
    const missing = admittedIn(organization.year).filter((m) => !applying.has(m.iso3));
    if (missing.length > 0)
      ctx.report('scenario/membership', [...AT, 'asOf'], `${missing.map((m) => `${m.iso3} (${m.name})`).join(', ')} joined at the ${organization.year} session, but no membership item admits it`, { severity: 'warning', hint: 'add a membership item for each (R1.4), or ignore if the scenario leaves them out on purpose' });
  }
}
