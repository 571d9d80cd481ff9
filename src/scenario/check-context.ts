import { isSuspendedForArrears } from '../rules/voting-rights.js';
import type { MemberCode, Region } from '../domain/ids.js';
import { memberByCode } from '../registry/members.js';
import { organizationOf, whyNotMember, type Organization } from './membership.js';
import { formatPath, type DocPath, type ProblemCode, type ScenarioProblem, type Severity } from './scenario-problem.js';
import type { Scenario } from './schema.js';
import type { Positions } from './yaml-positions.js';

/** What every stage-two check reads, and where it reports. */
export interface CheckContext {
  readonly scenario: Scenario;
  /** The Organization's members when the session opens (R1.4; `members.membership`). */
  readonly organization: Organization;
  /** Members with a delegation at the session (R2.1). */
  readonly represented: ReadonlySet<MemberCode>;
  /** Members whose voting rights are suspended for arrears (R8.1, R8.2, Q12). */
  readonly suspended: ReadonlySet<MemberCode>;
  readonly problems: ScenarioProblem[];
  report(code: ProblemCode, path: DocPath, message: string, options?: { hint?: string; severity?: Severity; target?: 'key' | 'value' }): void;
  /** The member's region in this scenario (its override, else the registry's), if it is a member. */
  regionOf(code: MemberCode): Region | undefined;
  /** Reports a code that is not a member when the session opens; returns whether it is one. */
  requireMember(code: MemberCode, path: DocPath, target?: 'key' | 'value'): boolean;
}

export function makeCheckContext(scenario: Scenario, positions: Positions): CheckContext {
  const problems: ScenarioProblem[] = [];
  const report: CheckContext['report'] = (code, path, message, options = {}) => {
    problems.push({
      code, message, severity: options.severity ?? 'error', path: formatPath(path),
      ...positions(path, options.target ?? 'value'),
      ...(options.hint === undefined ? {} : { hint: options.hint }),
    });
  };
  const organization = organizationOf(scenario);
  return {
    scenario,
    organization,
    represented: representedMembers(scenario, organization),
    suspended: new Set(Object.entries(scenario.finances).filter(([, s]) => isSuspendedForArrears(s, scenario.rules)).map(([code]) => code)),
    problems,
    report,
    regionOf: (code) => scenario.members.regionOverrides[code] ?? memberByCode(code)?.region,
    requireMember(code, path, target = 'value') {
      if (organization.members.has(code)) return true;
      if (memberByCode(code) !== undefined) {
        report('scenario/not-yet-member', path, whyNotMember(code, scenario), { hint: 'only members of the Organization when the session opens take part; an applicant attends as an observer (R1.4, R5.11)', target });
        return false;
      }
      report('scenario/unknown-member', path, `'${code}' is not an INTERPOL member`, { hint: 'use the ISO alpha-3 code of a member; `gasim members` lists them', target });
      return false;
    },
  };
}

function representedMembers(scenario: Scenario, organization: Organization): Set<MemberCode> {
  const represented = scenario.members.represented;
  if (represented === 'all') return new Set(organization.members);
  if ('only' in represented) return new Set(represented.only);
  const except = new Set(represented.allExcept);
  return new Set([...organization.members].filter((code) => !except.has(code)));
}
