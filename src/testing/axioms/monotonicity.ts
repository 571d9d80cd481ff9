import fc from 'fast-check';
import type { Tally } from '../../domain/vote.js';
import { questionScenario } from '../counterexample/question-scenario.js';
import { TOTAL_MEMBERS_FOR_AXIOMS, type Axiom } from './axiom.js';
import { arbQuestionVote, decideTally, describeTally, type DecideTally, type QuestionVote } from './question-values.js';

type From = 'absent' | 'abstain' | 'invalid' | 'no' | 'yes';
interface Value extends QuestionVote {
  /** The paper that changes: one member moves from `from` to a yes (or, for `toNo`, to a no). */
  readonly from: From;
  readonly toNo: boolean;
}

const arbValue: fc.Arbitrary<Value> = arbQuestionVote.chain((v) =>
  fc.record({ from: fc.constantFrom<From>('absent', 'abstain', 'invalid', 'no', 'yes'), toNo: fc.boolean() }).map((c) => ({ ...v, ...c })),
);

/** The tally after one member's move; the electorate grows when an absent member is needed and none is left. */
function moved({ tally, from, toNo }: Value): Tally {
  const to = toNo ? 'no' : 'yes';
  if (from === to) return tally;
  const papers = tally.yes + tally.no + tally.abstain + tally.invalid;
  const out = { ...tally, [to]: tally[to] + 1 };
  if (from === 'absent') return { ...out, entitled: Math.max(tally.entitled, papers + 1) };
  return tally[from] === 0 ? tally : { ...out, [from]: tally[from] - 1 };
}

const decides = (v: Value, rules: Parameters<DecideTally>[2], decide: DecideTally) => [decide(v.tally, v.kind, rules), decide(moved(v), v.kind, rules)] as const;

/** Monotonicity: one more yes never defeats an adopted proposal, one more no never carries a rejected one. */
export const monotonicity: Axiom<Value, DecideTally> = {
  name: 'monotonicity',
  description: 'one more yes never defeats an adopted proposal; one more no never carries a rejected one',
  citation: 'R2.2–R2.6',
  breakableByRules: false,
  property: (rules, decide = decideTally) =>
    fc.property(
      arbValue.filter((v) => moved(v).entitled <= TOTAL_MEMBERS_FOR_AXIOMS),
      (v) => {
        const [before, after] = decides(v, rules, decide);
        return v.toNo ? !(before === 'rejected' && after === 'adopted') : !(before === 'adopted' && after === 'rejected');
      },
    ),
  counterexample: (v, rules, decide = decideTally) => {
    const [before, after] = decides(v, rules, decide);
    return questionScenario({
      axiom: 'monotonicity',
      rules,
      kind: v.kind,
      notes:
        `Axiom monotonicity broke: a ${v.kind} question with ${describeTally(v.tally)} was ${before} (q1); ` +
        `after one member moved from ${v.from} to ${v.toNo ? 'no' : 'yes'} (q2) it was ${after}.`,
      questions: [
        { title: 'Before', tally: v.tally },
        { title: `One member moves from ${v.from} to ${v.toNo ? 'no' : 'yes'}`, tally: moved(v) },
      ],
    });
  },
};
