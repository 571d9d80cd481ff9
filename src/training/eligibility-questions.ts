import type { MemberStanding } from '../domain/member.js';
import { checkQuorum, type QuorumContext, type QuorumStage } from '../rules/quorum.js';
import type { RuleSet } from '../rules/rule-set.js';
import { isSuspendedForArrears, votingRight, type BallotContext, type VotingRightReason } from '../rules/voting-rights.js';
import { describeQuestionKind } from './describe.js';
import type { Question } from './question.js';

const REASON_LABELS: Readonly<Record<VotingRightReason, string>> = {
  entitled: 'yes, it may vote',
  'not-represented': 'no: it is not represented',
  absent: 'no: its delegation is absent from this sitting',
  'credentials-refused': 'no: its credentials were refused',
  arrears: 'no: suspended for arrears',
  'admitted-later': 'no: admitted too recently',
};

const REASONS = Object.keys(REASON_LABELS) as VotingRightReason[];

function describeStanding(m: MemberStanding): string {
  const f = m.finances;
  const relief = [f.rescheduling && 'a rescheduling agreement', f.waiver && 'a waiver'].filter(Boolean).join(' and ');
  return [
    `${m.code}: ${m.represented ? 'represented' : 'not represented'}, credentials ${m.credentials}`,
    `previous year €${f.unpaidPreviousYear} unpaid of €${f.duePreviousYear} due, current year €${f.unpaidCurrentYear} unpaid${relief ? `, with ${relief}` : ''}`,
    m.admittedAtItem === null ? 'a Member before the session' : `admitted at item ${m.admittedAtItem + 1} of this session`,
  ].join('; ');
}

function arrearsArithmetic(m: MemberStanding, rules: RuleSet): string {
  const f = m.finances;
  const over = 100 * f.unpaidPreviousYear > rules.arrears.thresholdPercent * f.duePreviousYear;
  // every condition of Q12, so that "over the threshold" with a vote still reads as consistent
  const lifted = f.rescheduling ? '; a rescheduling agreement lifts the suspension (R8.5(b))' : f.waiver ? '; a waiver lifts the suspension (R8.5(a))' : '';
  const current = f.unpaidCurrentYear > 0 ? `; ${f.unpaidCurrentYear} of the current year unpaid` : '; the current year is paid, so no suspension (R8.1)';
  return `100 × ${f.unpaidPreviousYear} ${over ? '>' : '≤'} ${rules.arrears.thresholdPercent} × ${f.duePreviousYear}: previous-year arrears ${over ? 'over' : 'within'} the ${rules.arrears.thresholdPercent}% threshold${over ? current + lifted : ''}`;
}

/** May this member vote in this ballot? The reason comes from `votingRight` (R2.1, R2.8, R5.6, R8.1, Q24). */
export function eligibilityQuestion(standing: MemberStanding, ctx: BallotContext, rules: RuleSet, id = `eligibility/${standing.code}`): Question {
  const right = votingRight(standing, ctx, rules);
  const what = ctx.question === 'election' ? 'election' : describeQuestionKind(ctx.question);
  const suspended = isSuspendedForArrears(standing.finances, rules);
  const text = right.entitled && suspended
    ? `${standing.code} is in arrears but the suspension does not apply to this vote: it may vote`
    : `${standing.code}: ${REASON_LABELS[right.reason]}`;
  return {
    id,
    topic: 'eligibility',
    prompt: `${describeStanding(standing)}. Ballot (${what}) at item ${ctx.itemIndex + 1}. May ${standing.code} vote?`,
    kind: 'choice',
    choices: REASONS.map((key) => ({ key, label: REASON_LABELS[key] })),
    answer: right.reason,
    explanation: { text, citation: right.citation, arithmetic: arrearsArithmetic(standing, rules) },
  };
}

/** Is the quorum met? From `checkQuorum`; null when the rule set has no quorum (Q1, R2.10). */
export function quorumQuestion(stage: QuorumStage, ctx: QuorumContext, rules: RuleSet, id = `quorum/${stage}`): Question | null {
  const check = checkQuorum(stage, ctx, rules);
  if (!check.applies) return null;
  const verb = stage === 'open' ? 'open the sitting' : 'take a decision';
  const { numerator, denominator } = stage === 'open' ? rules.quorum.toOpen : rules.quorum.toDecide;
  const share = `${numerator}/${denominator} of the Members with voting rights${rules.quorum.countSuspended ? ', suspended members counted' : ''}`;
  return {
    id,
    topic: 'eligibility',
    prompt: `${ctx.present} Members present (${ctx.presentSuspended} of them suspended for arrears); ${ctx.withVotingRights} Members have voting rights. The quorum to ${verb} is ${share}. Is it met?`,
    kind: 'choice',
    choices: [
      { key: 'met', label: 'yes, the quorum is met' },
      { key: 'not-met', label: 'no, there is no quorum' },
    ],
    answer: check.met ? 'met' : 'not-met',
    explanation: { text: check.text, citation: check.citation },
  };
}
