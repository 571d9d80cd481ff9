import type { MemberCode } from '../domain/ids.js';
import type { MemberStanding } from '../domain/member.js';
import type { Scenario } from './schema.js';

function representedSet(scenario: Scenario, all: readonly MemberCode[]): Set<MemberCode> {
  const r = scenario.members.represented;
  if (r === 'all') return new Set(all);
  if ('only' in r) return new Set(r.only);
  const except = new Set(r.allExcept);
  return new Set(all.filter((c) => !except.has(c)));
}

/** Days (0-based) each member is absent from, per the days' attendance (R2.3, Q1). */
function absencesOf(scenario: Scenario, organization: readonly MemberCode[]): Map<MemberCode, number[]> {
  const absent = new Map<MemberCode, number[]>();
  scenario.session.days.forEach((day, d) => {
    const attendance = day.attendance;
    if (attendance === undefined) return;
    const only = 'only' in attendance ? new Set(attendance.only) : null;
    const away = 'absent' in attendance ? new Set(attendance.absent) : null;
    for (const code of organization) {
      if ((only !== null && !only.has(code)) || away?.has(code)) absent.set(code, [...(absent.get(code) ?? []), d]);
    }
  });
  return absent;
}

/** One standing per member of the Organization when the session opens (R1.4, `members.membership`). */
export function standingsOf(scenario: Scenario, organization: readonly MemberCode[]): MemberStanding[] {
  const represented = representedSet(scenario, organization);
  const absences = absencesOf(scenario, organization);
  const refused = new Set(scenario.members.credentials.refused);
  const disputed = new Set(scenario.members.credentials.disputed.map((d) => d.member));
  const upToDate = { duePreviousYear: 0, unpaidPreviousYear: 0, unpaidCurrentYear: 0, rescheduling: false, waiver: false };
  return organization.map((code) => {
    const f = scenario.finances[code];
    return {
      code,
      represented: represented.has(code),
      credentials: refused.has(code) ? 'refused' : disputed.has(code) ? 'disputed' : 'accepted',
      finances: f
        ? { duePreviousYear: f.duePreviousYear, unpaidPreviousYear: f.unpaidPreviousYear, unpaidCurrentYear: f.unpaidCurrentYear, rescheduling: f.rescheduling, waiver: f.waiver }
        : upToDate,
      admittedAtItem: null,
      absentDays: absences.get(code) ?? [],
    };
  });
}
