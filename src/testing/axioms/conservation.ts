import fc from 'fast-check';
import type { Tally, VoteChoice } from '../../domain/vote.js';
import { tallyVotes } from '../../rules/tally.js';
import { arbQuestionKind } from '../../arbitraries/rule-set.js';
import { arbChoicesWithElectorate } from '../../arbitraries/tally.js';
import { questionScenario } from '../counterexample/question-scenario.js';
import type { Axiom } from './axiom.js';

/** Counts ballot papers; the real core is `tallyVotes`. */
export type CountPapers = (choices: readonly VoteChoice[], entitled: number) => Tally;

interface Value {
  readonly kind: Parameters<typeof questionScenario>[0]['kind'];
  readonly choices: readonly VoteChoice[];
  readonly entitled: number;
}

const arbValue: fc.Arbitrary<Value> = fc.record({ kind: arbQuestionKind, papers: arbChoicesWithElectorate(150) }).map(({ kind, papers }) => ({ kind, ...papers }));

function conserves(t: Tally, v: Value): boolean {
  const n = (c: VoteChoice) => v.choices.filter((x) => x === c).length;
  return t.entitled === v.entitled && t.yes === n('yes') && t.no === n('no') && t.abstain === n('abstain') && t.invalid === n('invalid');
}

/** Conservation: every paper is counted once, under its own choice, within the electorate (R2.1, R3.7). */
export const conservation: Axiom<Value, CountPapers> = {
  name: 'conservation',
  description: 'every ballot paper is counted exactly once, under its own choice, and the electorate is kept',
  citation: 'R2.1, R3.7',
  breakableByRules: false,
  property: (_rules, count = tallyVotes) => fc.property(arbValue, (v) => conserves(count(v.choices, v.entitled), v)),
  counterexample: (v, rules, count = tallyVotes) => {
    const t = count(v.choices, v.entitled);
    return questionScenario({
      axiom: 'conservation',
      rules,
      kind: v.kind,
      notes:
        `Axiom conservation broke: ${v.choices.length} papers (${v.choices.join(', ') || 'none'}) of ${v.entitled} entitled ` +
        `were counted as ${t.yes} yes, ${t.no} no, ${t.abstain} abstentions, ${t.invalid} invalid of ${t.entitled}.`,
      questions: [{ title: 'The roll call', tally: tallyVotes(v.choices, v.entitled), votes: v.choices }],
    });
  },
};
