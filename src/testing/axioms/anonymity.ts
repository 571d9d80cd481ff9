import fc from 'fast-check';
import type { QuestionDecision, VoteChoice } from '../../domain/vote.js';
import type { QuestionKind, RuleSet } from '../../rules/rule-set.js';
import { tallyVotes } from '../../rules/tally.js';
import { arbQuestionKind } from '../../arbitraries/rule-set.js';
import { arbChoices } from '../../arbitraries/tally.js';
import { questionScenario } from '../counterexample/question-scenario.js';
import type { Axiom } from './axiom.js';
import { decideTally } from './question-values.js';

/** Decides a question from the roll call in order: member i cast `choices[i]`. */
export type DecideRollCall = (choices: readonly VoteChoice[], kind: QuestionKind, rules: RuleSet) => QuestionDecision;

/** The real core: count the papers, then decide on the counts. */
export const decideRollCall: DecideRollCall = (choices, kind, rules) => decideTally(tallyVotes(choices, choices.length), kind, rules);

interface Value {
  readonly kind: QuestionKind;
  readonly choices: readonly VoteChoice[];
  /** The same papers, handed to other members. */
  readonly shuffled: readonly VoteChoice[];
}

const arbValue: fc.Arbitrary<Value> = fc
  .record({ kind: arbQuestionKind, choices: arbChoices(40), keys: fc.array(fc.nat(), { maxLength: 40 }) })
  .map(({ kind, choices, keys }) => {
    const order = choices.map((_, i) => i).sort((a, b) => (keys[a] ?? a) - (keys[b] ?? b) || a - b);
    return { kind, choices, shuffled: order.map((i) => choices[i]!) };
  });

/** Anonymity: who cast which paper never matters, only how many papers of each kind (R2.1, R3.7). */
export const anonymity: Axiom<Value, DecideRollCall> = {
  name: 'anonymity',
  description: 'handing the same ballot papers to different members never changes the decision',
  citation: 'R2.1, R3.7',
  breakableByRules: false,
  property: (rules, decide = decideRollCall) =>
    fc.property(arbValue, (v) => decide(v.choices, v.kind, rules) === decide(v.shuffled, v.kind, rules)),
  counterexample: (v, rules, decide = decideRollCall) =>
    questionScenario({
      axiom: 'anonymity',
      rules,
      kind: v.kind,
      notes:
        `Axiom anonymity broke: the same ${v.choices.length} papers (a ${v.kind} question), handed to other members, ` +
        `were ${decide(v.choices, v.kind, rules)} in q1 but ${decide(v.shuffled, v.kind, rules)} in q2.`,
      questions: [
        { title: 'The roll call as generated', tally: tallyVotes(v.choices, v.choices.length), votes: v.choices },
        { title: 'The same papers, other members', tally: tallyVotes(v.shuffled, v.shuffled.length), votes: v.shuffled },
      ],
    }),
};
