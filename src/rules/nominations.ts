import type { Candidate, Committee, Post } from '../domain/election.js';
import type { Citation, Region } from '../domain/ids.js';
import { candidateEligibility } from './eligibility.js';
import type { RuleSet } from './rule-set.js';
import { sortCandidates } from './election/start-election.js';

/** A nomination as received by the General Secretariat (R4.2–R4.4). */
export interface Nomination {
  readonly candidate: Candidate;
  readonly post: Post;
  readonly region: Region | null;
  readonly receivedDaysBeforeOpening: number;
  readonly inDelegation: boolean;
  readonly nominatorSuspended: boolean;
  readonly acceptedInWriting?: boolean;
}

/** One reason a nomination is invalid, with its code and rule. */
export interface NominationProblem {
  readonly code: string;
  readonly text: string;
  readonly citation: Citation;
}

/**
 * The Elections Board's scrutiny of a nomination at the start of the session (R4.6, Q18): deadline
 * (R4.2), a nominator not suspended (R4.3, R8.4), the nominee in the delegation with written
 * acceptance (R4.4), and the eligibility rules (region, re-election bar, country, continent).
 * Every problem is listed, not only the first.
 */
export function checkNomination(
  n: Nomination,
  ctx: { committee: Committee; sessionYear: number },
  rules: RuleSet,
): { valid: boolean; problems: readonly NominationProblem[] } {
  const problems: NominationProblem[] = [];
  const add = (code: string, text: string, rule: string, source: string) => problems.push({ code, text, citation: { rule, source } });
  const deadline = rules.elections.nominationDeadlineDays;
  if (n.receivedDaysBeforeOpening < deadline) {
    add('nomination/late', `received ${n.receivedDaysBeforeOpening} days before opening; the deadline is ${deadline}`, 'R4.2', 'RPGA Art 46(2)');
  }
  if (n.nominatorSuspended && rules.arrears.barsNominations) {
    add('nomination/nominator-suspended', `${n.candidate.nominatedBy} has its voting rights suspended`, 'R4.3', 'GR Art 40 §3 (R8.4, Q18)');
  }
  if (!n.inDelegation) {
    add('nomination/not-in-delegation', `${n.candidate.name} is not in the delegation of ${n.candidate.member}`, 'R4.4', 'RPGA Art 46(3)(d)');
  }
  if (n.acceptedInWriting === false) {
    add('nomination/no-written-acceptance', `${n.candidate.name} has not accepted in writing`, 'R4.4', 'RPGA Art 46(3)(g)');
  }
  const target = { post: n.post, region: n.region };
  const eligibility = candidateEligibility(ctx.committee, n.candidate, target, ctx.sessionYear, rules);
  if (!eligibility.eligible && eligibility.code && eligibility.citation) {
    const code = eligibility.code.replace('eligibility/', 'nomination/');
    problems.push({ code, text: eligibility.reason ?? code, citation: eligibility.citation });
  }
  return { valid: problems.length === 0, problems };
}

/** Valid nominations listed alphabetically by the nominee's name, as the Elections Board does (R4.6). */
export function sortNominations<T extends { readonly candidate: Candidate }>(nominations: readonly T[]): readonly T[] {
  const order = sortCandidates(nominations.map((n) => n.candidate));
  return order.map((c) => nominations.find((n) => n.candidate === c)!);
}
