import type { QuestionResult } from '../domain/vote.js';
import { majorityFor } from '../rules/majority.js';
import { QUESTION_CITATIONS, TIE_CITATION } from '../rules/question-citations.js';
import type { QuestionKind, RuleSet } from '../rules/rule-set.js';
import { describeQuestionKind, describeTally, MAJORITY_LABELS, MAJORITY_RULES } from './describe.js';
import type { Question } from './question.js';

/** Which majority a kind of question needs, from `majorityFor` (R2.2–R2.6). */
export function majorityRuleQuestion(kind: QuestionKind, rules: RuleSet, id = `majority-rule/${kind}`): Question {
  const majority = majorityFor(kind, rules);
  return {
    id,
    topic: 'majorities',
    prompt: `What majority does a vote on a ${describeQuestionKind(kind)} need?`,
    kind: 'choice',
    choices: MAJORITY_RULES.map((key) => ({ key, label: MAJORITY_LABELS[key] })),
    answer: majority,
    explanation: {
      text: `a ${describeQuestionKind(kind)} needs a ${MAJORITY_LABELS[majority]}`,
      citation: QUESTION_CITATIONS[kind],
    },
  };
}

/** How many yes votes carry the proposal: `threshold.required` of a decided question (R2.3–R2.6, Q3). */
export function majorityQuestion(result: QuestionResult, id = 'majority', about = 'the proposal'): Question {
  const { threshold, tally } = result;
  return {
    id,
    topic: 'majorities',
    prompt: `Vote on ${about}: ${describeTally(tally)}. It needs a ${MAJORITY_LABELS[threshold.majority]}. How many yes votes are needed?`,
    kind: 'number',
    answer: threshold.required,
    explanation: {
      text: `${threshold.arithmetic}; yes had ${tally.yes}`,
      citation: threshold.citation,
      arithmetic: threshold.arithmetic,
    },
  };
}

/** The result to announce, adopted or rejected, from `decideQuestion` (R2.3, R3.7, Q2). */
export function outcomeQuestion(result: QuestionResult, id = 'outcome', about = 'the proposal'): Question {
  const { threshold, tally, decision, tie } = result;
  const reached = tally.yes >= threshold.required;
  const why = tie
    ? `yes and no are equal (${tally.yes}); a tie rejects the proposal`
    : `${tally.yes} yes ${reached ? 'reaches' : 'falls short of'} the ${threshold.required} required`;
  return {
    id,
    topic: 'majorities',
    prompt: `Vote on ${about}: ${describeTally(tally)}. It needs a ${MAJORITY_LABELS[threshold.majority]}. What do you announce?`,
    kind: 'choice',
    choices: [
      { key: 'adopted', label: 'adopted' },
      { key: 'rejected', label: 'rejected' },
    ],
    answer: decision,
    explanation: {
      text: `${threshold.arithmetic}; ${why}: the proposal is ${decision}`,
      citation: tie ? TIE_CITATION : threshold.citation,
      arithmetic: threshold.arithmetic,
    },
  };
}
