import type { MemberCode } from '../domain/ids.js';
import { agendaEntries } from './agenda-entries.js';
import { checkCommittee } from './check-committee.js';
import { makeCheckContext, type CheckContext } from './check-context.js';
import { checkElections } from './check-elections.js';
import { checkMembers } from './check-members.js';
import { checkSession } from './check-session.js';
import { checkVoting } from './check-voting.js';
import { fail, ok, type Result } from './result.js';
import { sortByPosition, type ScenarioProblem } from './scenario-problem.js';
import type { Scenario } from './schema.js';
import type { Positions } from './yaml-positions.js';

/** A scenario whose cross-references hold, with what the checks derived. */
export interface CheckedScenario {
  readonly scenario: Scenario;
  /** Members with a delegation, sorted. */
  readonly represented: readonly MemberCode[];
  /** Members whose voting rights are suspended for arrears (R8.1, R8.2), sorted. */
  readonly suspended: readonly MemberCode[];
  readonly itemCount: number;
  readonly electionCount: number;
  /** Things that are allowed but probably not meant, e.g. fewer candidates than seats. */
  readonly warnings: readonly ScenarioProblem[];
  /** Where a path of the document sits in the file, to locate problems found by later checks. */
  readonly positions: Positions;
}

/**
 * Stage two (meaning): cross-references between the parts of a well-shaped scenario. Each
 * problem carries an `area/reason` code and the position of the offending node.
 */
export function checkScenario(scenario: Scenario, positions: Positions): Result<CheckedScenario, ScenarioProblem[]> {
  const ctx = makeCheckContext(scenario, positions);
  checkMembers(ctx);
  checkSession(ctx);
  checkCommittee(ctx);
  checkItems(ctx);
  checkElections(ctx);
  checkVoting(ctx);
  const errors = sortByPosition(ctx.problems.filter((p) => p.severity === 'error'));
  const warnings = sortByPosition(ctx.problems.filter((p) => p.severity === 'warning'));
  if (errors.length > 0) return fail([...errors, ...warnings]);
  const entries = agendaEntries(scenario);
  return ok({
    scenario,
    represented: [...ctx.represented].sort(),
    suspended: [...ctx.suspended].sort(),
    itemCount: entries.length,
    electionCount: entries.filter((e) => e.item.kind === 'election').length,
    warnings,
    positions,
  });
}

/** Members named by waiver and venue items (applicants: check-membership.ts). */
function checkItems(ctx: CheckContext): void {
  for (const { item, path } of agendaEntries(ctx.scenario)) {
    if (item.kind === 'arrears-waiver') ctx.requireMember(item.member, [...path, 'member']);
    if (item.kind === 'venue') ctx.requireMember(item.host, [...path, 'host']);
  }
}
