import { describe, expect, it } from 'vitest';
import type { QuestionDecision, VoteChoice } from '../../src/domain/vote.js';
import { RuleSetSchema, type RuleSetInput } from '../../src/rules/rule-set.js';
import { tallyVotes } from '../../src/rules/tally.js';
import { loadScenarioText } from '../../src/scenario/load-scenario.js';
import { stringify } from 'yaml';
import {
  checkRules, decideRollCall, decideTally, seededRun, sealSecret,
  type CountPapers, type DecideRollCall, type DecideTally, type SealSecret, type SeededRun,
} from '../../src/testing/index.js';

const rules = (input: RuleSetInput) => RuleSetSchema.parse(input);

// each axiom with a deliberately broken rule set or implementation that check must report broken (issue 8)
const CASES: readonly [string, RuleSetInput, unknown?][] = [
  ['anonymity', {}, ((choices, kind, r) => castingVote(choices, decideRollCall(choices, kind, r))) satisfies DecideRollCall],
  ['neutrality', {}, ((t) => (t.yes >= t.no && t.yes > 0 ? 'adopted' : 'rejected')) satisfies DecideTally],
  ['monotonicity', {}, ((t, kind, r) => (2 * (t.yes + t.no) > t.entitled ? decideTally(t, kind, r) : 'rejected')) satisfies DecideTally],
  ['abstention-independence', { counting: { abstentionsInBase: true } }],
  ['conservation', {}, ((choices, entitled) => tallyVotes(choices.filter((c) => c !== 'invalid'), entitled)) satisfies CountPapers],
  ['quorum', { quorum: { enabled: true, countSuspended: true } }],
  ['termination', { elections: { presidentTwoThirdsBallots: 1000, elimination: 'none', maxBallots: null } }],
  ['majority-criterion', { elections: { otherMajority: 'plurality', presidentLaterMajority: 'plurality' } }],
  ['composition', { elections: { delegateSeats: { AFRICA: 6, AMERICAS: 2, ASIA: 2, EUROPE: 3 } } }],
  ['determinism', {}, ((input, cast, r) => seededRun(input, cast, r, Math.floor(Math.random() * 2 ** 32))) satisfies SeededRun],
  ['secrecy', {}, ((papers, entitled) => ({ ...(sealSecret(papers, entitled) as object), voters: [...papers.keys()] })) satisfies SealSecret],
];

/** A chair's casting vote: on a tie the first member in the roll call decides. */
function castingVote(choices: readonly VoteChoice[], decided: QuestionDecision): QuestionDecision {
  const t = tallyVotes(choices, choices.length);
  return t.yes === t.no && t.yes > 0 ? (choices.find((c) => c === 'yes' || c === 'no') === 'yes' ? 'adopted' : 'rejected') : decided;
}

describe('axioms', () => {
  it('all hold under the INTERPOL defaults', () => {
    expect(checkRules(rules({}), { runs: 100 }).filter((r) => !r.held).map((r) => r.axiom)).toEqual([]);
  });

  it.each(CASES)('%s breaks under a deliberately broken rule set or implementation', (axiom, input, impl) => {
    const [report] = checkRules(rules(input), { only: [axiom], runs: 300, ...(impl ? { impls: { [axiom]: impl } } : {}) });
    expect(report).toMatchObject({ axiom, held: false });
    expect(report!.counterexample!.notes).toContain(`Axiom ${axiom} broke`);
    const loaded = loadScenarioText(stringify(report!.counterexample), `${axiom}.yaml`);
    expect(loaded.ok ? [] : loaded.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([]);
  });
});
