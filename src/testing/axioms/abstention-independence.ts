import fc from 'fast-check';
import type { Tally } from '../../domain/vote.js';
import { questionScenario } from '../counterexample/question-scenario.js';
import { TOTAL_MEMBERS_FOR_AXIOMS, type Axiom } from './axiom.js';
import { arbQuestionVote, decideTally, describeTally, type DecideTally, type QuestionVote } from './question-values.js';

/** One more blank paper, from an absent member (the electorate grows if nobody is absent). */
function withAbstention(t: Tally): Tally {
  const papers = t.yes + t.no + t.abstain + t.invalid;
  return { ...t, abstain: t.abstain + 1, entitled: Math.max(t.entitled, papers + 1) };
}

/** Abstention-independence: a blank paper counts as not voting (R2.3, RPGA 40(4), Q14). */
export const abstentionIndependence: Axiom<QuestionVote, DecideTally> = {
  name: 'abstention-independence',
  description: 'one more abstention never changes the decision (abstentions count as not voting)',
  citation: 'R2.3, Q14',
  breakableByRules: true,
  property: (rules, decide = decideTally) =>
    fc.property(
      arbQuestionVote.filter((v) => withAbstention(v.tally).entitled <= TOTAL_MEMBERS_FOR_AXIOMS),
      (v) => decide(v.tally, v.kind, rules) === decide(withAbstention(v.tally), v.kind, rules),
    ),
  counterexample: (v, rules, decide = decideTally) =>
    questionScenario({
      axiom: 'abstention-independence',
      rules,
      kind: v.kind,
      notes:
        `Axiom abstention-independence broke: a ${v.kind} question with ${describeTally(v.tally)} was ` +
        `${decide(v.tally, v.kind, rules)} (q1); with one more abstention (q2) it was ${decide(withAbstention(v.tally), v.kind, rules)}.`,
      questions: [
        { title: 'Before', tally: v.tally },
        { title: 'One more abstention', tally: withAbstention(v.tally) },
      ],
    }),
};
