import fc from 'fast-check';
import { MEMBERS } from '../../registry/members.js';
import { checkQuorum } from '../../rules/quorum.js';
import type { RuleSet } from '../../rules/rule-set.js';
import { ScenarioSchema, type ScenarioInput } from '../../scenario/schema.js';
import { prepareScenario, runSession } from '../../sim/run-session.js';
import { questionScenario } from '../counterexample/question-scenario.js';
import { TOTAL_MEMBERS_FOR_AXIOMS, type Axiom } from './axiom.js';
import { recordsOf } from '../../record/record.js';

interface Value {
  /** Members suspended for arrears (R8.1), of whom `presentSuspended` attend. */
  readonly suspended: number;
  readonly presentSuspended: number;
  /** Members with voting rights that attend. */
  readonly presentEntitled: number;
}

const arbValue: fc.Arbitrary<Value> = fc
  .record({ suspended: fc.nat(60), a: fc.nat(60), b: fc.nat(TOTAL_MEMBERS_FOR_AXIOMS) })
  .map(({ suspended, a, b }) => ({
    suspended,
    presentSuspended: Math.min(a, suspended),
    presentEntitled: Math.min(b, TOTAL_MEMBERS_FOR_AXIOMS - suspended),
  }));

const check = (v: Value, rules: Parameters<typeof checkQuorum>[2], present: number, presentSuspended: number) =>
  checkQuorum('decide', { present, presentSuspended, withVotingRights: TOTAL_MEMBERS_FOR_AXIOMS - v.suspended }, rules);

/**
 * The value as a one-question session: the members present attend, the suspended ones owe their
 * previous year's contribution (R8.1); the question is scripted all yes by the entitled present.
 */
function sessionOf(v: Value, rules: RuleSet): ScenarioInput {
  const codes = MEMBERS.map((m) => m.iso3);
  const suspended = codes.slice(0, v.suspended);
  const present = [...suspended.slice(0, v.presentSuspended), ...codes.slice(v.suspended, v.suspended + v.presentEntitled)];
  const needed = check(v, rules, v.presentEntitled, 0).needed;
  const owed = { duePreviousYear: 1000, unpaidPreviousYear: 1000, unpaidCurrentYear: 1 };
  return questionScenario({
    axiom: 'quorum',
    rules,
    kind: 'resolution',
    notes:
      `Axiom quorum broke: ${v.presentEntitled} members with voting rights and ${v.presentSuspended} suspended for arrears attend; ` +
      `${needed} of the ${TOTAL_MEMBERS_FOR_AXIOMS - v.suspended} with voting rights are needed, yet the session takes the decision because suspended members are counted.`,
    questions: [{ title: 'A decision taken without a quorum', tally: { entitled: v.presentEntitled, yes: v.presentEntitled, no: 0, abstain: 0, invalid: 0 } }],
    extra: {
      members: { represented: { only: present.length === 0 ? ['FRA'] : present } },
      finances: Object.fromEntries(suspended.map((code) => [code, owed])),
    },
  });
}

/**
 * Quorum: where a quorum applies, a decision is taken only if the members entitled to vote that are
 * present reach it; members suspended for arrears do not make up a quorum (Q1, R8.1, UN rule 67).
 * Checked over whole sessions: the session machine runs the question and must not decide it unless
 * the quorum, counting only members with voting rights, is met.
 */
export const quorum: Axiom<Value> = {
  name: 'quorum',
  description: 'a decision is taken only if the members present with voting rights reach the quorum',
  citation: 'Q1, R8.1',
  breakableByRules: true,
  property: (rules) =>
    fc.property(arbValue, (v) => {
      // without a quorum rule (R2.10, INTERPOL's default) nothing can break it: no session to run
      if (v.presentEntitled === 0 || check(v, rules, v.presentEntitled, 0).met) return true;
      const scenario = ScenarioSchema.parse(sessionOf(v, rules));
      const decided = recordsOf(runSession(prepareScenario(scenario), 1).snapshot.context).some((r) => r.kind === 'question');
      return !decided;
    }),
  counterexample: (v, rules) => sessionOf(v, rules),
};
