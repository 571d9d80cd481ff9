import fc from 'fast-check';
import { questionScenario } from '../counterexample/question-scenario.js';
import type { Axiom } from './axiom.js';
import { arbQuestionVote, decideTally, describeTally, type DecideTally, type QuestionVote } from './question-values.js';

const mirror = ({ tally, kind }: QuestionVote): QuestionVote => ({ kind, tally: { ...tally, yes: tally.no, no: tally.yes } });

/**
 * Neutrality up to the status quo: a proposal and its mirror image (yes and no swapped) are never
 * both adopted, so a tie is rejected whichever way it is put (R2.2, R2.7).
 */
export const neutrality: Axiom<QuestionVote, DecideTally> = {
  name: 'neutrality',
  description: 'a proposal and its mirror image (yes and no swapped) are never both adopted',
  citation: 'R2.2, R2.7',
  breakableByRules: false,
  property: (rules, decide = decideTally) =>
    fc.property(arbQuestionVote, (v) => {
      const m = mirror(v);
      return !(decide(v.tally, v.kind, rules) === 'adopted' && decide(m.tally, m.kind, rules) === 'adopted');
    }),
  counterexample: (v, rules) =>
    questionScenario({
      axiom: 'neutrality',
      rules,
      kind: v.kind,
      notes: `Axiom neutrality broke: a ${v.kind} question with ${describeTally(v.tally)} (q1) and its mirror image (q2) were both adopted.`,
      questions: [
        { title: 'The proposal', tally: v.tally },
        { title: 'Its mirror image (yes and no swapped)', tally: mirror(v).tally },
      ],
    }),
};
