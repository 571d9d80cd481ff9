import type { Citation } from '../domain/ids.js';
import type { MemberStanding } from '../domain/member.js';
import type { RuleSet } from './rule-set.js';
import { isSuspendedForArrears } from './voting-rights.js';

/** The sitting is being opened, or a decision is about to be taken. */
export type QuorumStage = 'open' | 'decide';

export interface QuorumContext {
  /** Members present, including any suspended for arrears. */
  readonly present: number;
  /** Members of the Organization that have voting rights: the quorum base. */
  readonly withVotingRights: number;
  /** Of those present, members suspended for arrears (R8.1). */
  readonly presentSuspended: number;
}

export interface QuorumCheck {
  readonly applies: boolean;
  readonly met: boolean;
  readonly needed: number;
  /** Members present that count towards the quorum. */
  readonly present: number;
  /** The quorum's base: members of the Organization with voting rights. */
  readonly withVotingRights: number;
  readonly citation: Citation;
  readonly text: string;
}

const NO_QUORUM: Citation = { rule: 'R2.10', source: 'no quorum article in CONST, GR or RPGA; Q1' };
const UN_QUORUM: Citation = { rule: 'Q1', source: 'UN GA rule 67 (optional project setting)' };

function neededFor(stage: QuorumStage, n: number, rules: RuleSet): number {
  const { numerator, denominator } = stage === 'open' ? rules.quorum.toOpen : rules.quorum.toDecide;
  // "a majority of members" (UN rule 67) is strict: 98 of 196 is not a majority, 99 is
  if (stage === 'decide' && 2 * numerator === denominator) return Math.floor(n / 2) + 1;
  return Math.floor((n * numerator + denominator - 1) / denominator); // ceil(n*num/den) in integers
}

/**
 * Q1, R2.10: INTERPOL has no General Assembly quorum, so by default the check does not apply; with the
 * optional UN-style setting, a share of the members with voting rights must be present (1/2 to decide
 * is read as a strict majority).
 */
export function checkQuorum(stage: QuorumStage, ctx: QuorumContext, rules: RuleSet): QuorumCheck {
  if (!rules.quorum.enabled) {
    return { applies: false, met: true, needed: 0, present: ctx.present, withVotingRights: ctx.withVotingRights, citation: NO_QUORUM, text: 'no quorum rule applies' };
  }
  const present = Math.max(0, rules.quorum.countSuspended ? ctx.present : ctx.present - ctx.presentSuspended);
  const needed = neededFor(stage, ctx.withVotingRights, rules);
  const met = present >= needed;
  const verb = stage === 'open' ? 'open the sitting' : 'take a decision';
  const text = `${present} present of ${ctx.withVotingRights} with voting rights; ${needed} needed to ${verb}: ${met ? 'quorum met' : 'no quorum'}`;
  return { applies: true, met, needed, present, withVotingRights: ctx.withVotingRights, citation: UN_QUORUM, text };
}

/**
 * R2.1, R5.6, R8.1, Q1: who counts for a quorum on session day `day`: members whose delegation
 * attends (represented, present that day, credentials not refused), those of them suspended for
 * arrears, and the members of the Organization with voting rights (the base).
 */
export function quorumContextOf(standings: readonly MemberStanding[], day: number, rules: RuleSet): QuorumContext {
  let present = 0;
  let presentSuspended = 0;
  let suspended = 0;
  for (const m of standings) {
    const out = isSuspendedForArrears(m.finances, rules);
    if (out) suspended++;
    if (!m.represented || m.credentials === 'refused' || m.absentDays.includes(day)) continue;
    present++;
    if (out) presentSuspended++;
  }
  return { present, presentSuspended, withVotingRights: standings.length - suspended };
}

/** The quorum check (Q1, R2.10) to open day `day`'s sitting or to decide on that day, from who attends. */
export function quorumCheckOn(standings: readonly MemberStanding[], stage: QuorumStage, day: number, rules: RuleSet): QuorumCheck {
  // without a quorum rule nobody needs counting (R2.10): the check does not apply
  const attending = rules.quorum.enabled ? quorumContextOf(standings, day, rules) : { present: 0, presentSuspended: 0, withVotingRights: 0 };
  return checkQuorum(stage, attending, rules);
}
