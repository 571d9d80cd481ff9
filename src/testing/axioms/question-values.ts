import fc from 'fast-check';
import type { QuestionDecision, Tally } from '../../domain/vote.js';
import { decideQuestion } from '../../rules/majority.js';
import type { QuestionKind, RuleSet } from '../../rules/rule-set.js';
import { arbQuestionKind } from '../../arbitraries/rule-set.js';
import { arbTallyWithin } from '../../arbitraries/tally.js';
import { TOTAL_MEMBERS_FOR_AXIOMS } from './axiom.js';

/** The question half of the rules core as the question axioms call it; tests pass broken ones. */
export type DecideTally = (tally: Tally, kind: QuestionKind, rules: RuleSet) => QuestionDecision;

/** The real core: `decideQuestion` among the 196 Members. */
export const decideTally: DecideTally = (tally, kind, rules) =>
  decideQuestion(tally, kind, { totalMembers: TOTAL_MEMBERS_FOR_AXIOMS }, rules).decision;

/** A kind of question and a tally that fits the membership. */
export interface QuestionVote {
  readonly kind: QuestionKind;
  readonly tally: Tally;
}

export const arbQuestionVote: fc.Arbitrary<QuestionVote> = fc.record({ kind: arbQuestionKind, tally: arbTallyWithin() });

/** How a tally reads in a counterexample's notes. */
export function describeTally(t: Tally): string {
  return `${t.yes} yes, ${t.no} no, ${t.abstain} abstentions, ${t.invalid} invalid of ${t.entitled} entitled`;
}
