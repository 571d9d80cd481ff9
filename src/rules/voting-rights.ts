import type { Citation, MemberCode } from '../domain/ids.js';
import type { Electorate, ExclusionReason, FinancialStanding, MemberStanding } from '../domain/member.js';
import type { QuestionKind, RuleSet } from './rule-set.js';

/** Why a member may or may not vote in a given ballot. */
export type VotingRightReason = 'entitled' | ExclusionReason;

/** What is being voted on, where on the agenda (0-based item index) and on which session day (0-based). */
export interface BallotContext {
  readonly question: QuestionKind | 'election';
  readonly itemIndex: number;
  /** The sitting's day, for attendance; omitted, every represented delegation is present. */
  readonly day?: number;
}

export interface VotingRight {
  readonly entitled: boolean;
  readonly reason: VotingRightReason;
  readonly citation: Citation;
}

/** The electorate of one ballot, frozen when the ballot opens. */
export type FrozenElectorate = Electorate;

const CITATIONS: Readonly<Record<VotingRightReason, Citation>> = {
  entitled: { rule: 'R2.1', source: 'CONST Art 13; GR Art 18' },
  'not-represented': { rule: 'R2.1', source: 'CONST Art 13; RPGA Art 35 (no proxies)' },
  absent: { rule: 'R2.3', source: 'GR Art 20; RPGA Art 37(1) (members present and voting)' },
  'credentials-refused': { rule: 'R5.6', source: 'RPGA Art 8' },
  arrears: { rule: 'R8.1', source: 'GR Art 52(1); FR Reg 3.3(8); RPGA Art 36' },
  'admitted-later': { rule: 'Q24', source: 'CONST Art 4; RPGA Art 41(2); project default' },
};

const EXCLUSION_WORDS: Readonly<Record<ExclusionReason, string>> = {
  'not-represented': 'not represented at the session',
  absent: 'absent from the sitting',
  'credentials-refused': 'credentials refused, attending as an observer',
  arrears: 'voting rights suspended for arrears',
  'admitted-later': 'admitted during the session, votes from the next item',
};

/** Why a member may not vote, in words (R2.1, R2.3, R5.6, R8.1, Q24). */
export function exclusionWords(reason: ExclusionReason): string {
  return EXCLUSION_WORDS[reason];
}

/** R8.1, R8.2, R8.5, Q12: previous-year arrears above the threshold and current year unpaid, with no relief. */
export function isSuspendedForArrears(finances: FinancialStanding, rules: RuleSet): boolean {
  const overThreshold =
    100 * finances.unpaidPreviousYear > rules.arrears.thresholdPercent * finances.duePreviousYear;
  return overThreshold && finances.unpaidCurrentYear > 0 && !finances.rescheduling && !finances.waiver;
}

function isAdmittedLater(member: MemberStanding, itemIndex: number, rules: RuleSet): boolean {
  if (member.admittedAtItem === null) return false;
  if (rules.admittedMembersVote === 'next-session') return true;
  return itemIndex <= member.admittedAtItem;
}

/** R2.8: whether a ballot on `question` is open to members suspended for arrears (a constitutional amendment, when the rules say so). */
export function isArrearsExempt(question: BallotContext['question'], rules: RuleSet): boolean {
  return question === 'constitutionAmendment' && rules.arrears.exemptConstitutionAmendments;
}

function reasonFor(member: MemberStanding, ctx: BallotContext, rules: RuleSet): VotingRightReason {
  if (!member.represented) return 'not-represented';
  if (ctx.day !== undefined && member.absentDays.includes(ctx.day)) return 'absent';
  // disputed credentials vote provisionally until the President decides (R5.6); only a refusal excludes
  if (member.credentials === 'refused') return 'credentials-refused';
  if (isAdmittedLater(member, ctx.itemIndex, rules)) return 'admitted-later';
  if (isSuspendedForArrears(member.finances, rules) && !isArrearsExempt(ctx.question, rules)) {
    return 'arrears';
  }
  return 'entitled';
}

/**
 * R2.1, R2.8, R5.6, R1.4, Q24: whether a member may vote in a ballot on the given question and item.
 * A member with disputed credentials votes provisionally until the President decides the dispute.
 */
export function votingRight(member: MemberStanding, ctx: BallotContext, rules: RuleSet): VotingRight {
  const reason = reasonFor(member, ctx, rules);
  const exempted = reason === 'entitled' && isSuspendedForArrears(member.finances, rules);
  const citation = exempted ? { rule: 'R2.8', source: 'GR Art 52(1); RPGA Art 36(1),(3)' } : CITATIONS[reason];
  return { entitled: reason === 'entitled', reason, citation };
}

function byCode(a: MemberCode, b: MemberCode): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * R2.1, R2.8: the electorate of a ballot, frozen when it opens: the members entitled and every
 * other member with the reason and rule that keep it out; codes are sorted.
 */
export function freezeElectorate(
  members: readonly MemberStanding[],
  ctx: BallotContext,
  rules: RuleSet,
): Electorate {
  const entitled: MemberCode[] = [];
  const excluded: Electorate['excluded'][number][] = [];
  for (const member of members) {
    const right = votingRight(member, ctx, rules);
    if (right.entitled) entitled.push(member.code);
    else excluded.push({ code: member.code, reason: right.reason as ExclusionReason, citation: right.citation });
  }
  entitled.sort(byCode);
  excluded.sort((a, b) => byCode(a.code, b.code));
  return { entitled, excluded };
}

/** Whether `member` is in a ballot's frozen electorate (`electorateIndex`). */
export function inElectorate(electorate: readonly string[], member: string): boolean {
  return electorateIndex(electorate, member) >= 0;
}

/** The position of `member` in a ballot's frozen electorate, or -1: a binary search, the entitled codes being sorted (`freezeElectorate`). */
export function electorateIndex(electorate: readonly string[], member: string): number {
  let [low, high] = [0, electorate.length - 1];
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const code = electorate[middle]!;
    if (code === member) return middle;
    if (code < member) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
