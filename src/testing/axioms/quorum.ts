import fc from 'fast-check';
import { MEMBERS } from '../../registry/members.js';
import { checkQuorum } from '../../rules/quorum.js';
import { questionScenario } from '../counterexample/question-scenario.js';
import { TOTAL_MEMBERS_FOR_AXIOMS, type Axiom } from './axiom.js';

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
 * Quorum: where a quorum applies, a decision is taken only if the members entitled to vote that are
 * present reach it; members suspended for arrears do not make up a quorum (Q1, R8.1, UN rule 67).
 */
export const quorum: Axiom<Value> = {
  name: 'quorum',
  description: 'a decision is taken only if the members present with voting rights reach the quorum',
  citation: 'Q1, R8.1',
  breakableByRules: true,
  property: (rules) =>
    fc.property(arbValue, (v) => {
      const met = check(v, rules, v.presentEntitled + v.presentSuspended, v.presentSuspended).met;
      return !met || check(v, rules, v.presentEntitled, 0).met;
    }),
  counterexample: (v, rules) => {
    const codes = MEMBERS.map((m) => m.iso3);
    const suspended = codes.slice(0, v.suspended);
    const present = [...suspended.slice(0, v.presentSuspended), ...codes.slice(v.suspended, v.suspended + v.presentEntitled)];
    const needed = check(v, rules, v.presentEntitled, 0).needed;
    const owed = { duePreviousYear: 1000, unpaidPreviousYear: 1000, unpaidCurrentYear: 0 };
    return questionScenario({
      axiom: 'quorum',
      rules,
      kind: 'resolution',
      notes:
        `Axiom quorum broke: ${v.presentEntitled} members with voting rights and ${v.presentSuspended} suspended for arrears attend; ` +
        `${needed} of the ${TOTAL_MEMBERS_FOR_AXIOMS - v.suspended} with voting rights are needed, yet the quorum is met because suspended members are counted.`,
      questions: [{ title: 'A decision taken without a quorum', tally: { entitled: v.presentEntitled, yes: v.presentEntitled, no: 0, abstain: 0, invalid: 0 } }],
      extra: {
        members: { represented: { only: present.length === 0 ? ['FRA'] : present } },
        finances: Object.fromEntries(suspended.map((code) => [code, owed])),
      },
    });
  },
};
