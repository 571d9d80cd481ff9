import fc from 'fast-check';
import { MajorityRuleSchema, type MajorityRule } from '../domain/vote.js';
import { RuleSetSchema, type QuestionKind, type RuleSet, type RuleSetInput } from '../rules/rule-set.js';

/** Every kind of question in the rule set. */
export const QUESTION_KINDS = Object.keys(RuleSetSchema.parse(undefined).majorities) as QuestionKind[];

/** A kind of question put to the Assembly. */
export const arbQuestionKind: fc.Arbitrary<QuestionKind> = fc.constantFrom(...QUESTION_KINDS);

/** A majority rule, including the plurality variant. */
export const arbMajorityRule: fc.Arbitrary<MajorityRule> = fc.constantFrom(...MajorityRuleSchema.options);

const arbFraction = fc
  .integer({ min: 1, max: 6 })
  .chain((denominator) => fc.record({ numerator: fc.integer({ min: 0, max: denominator }), denominator: fc.constant(denominator) }));

const arbOverrides: fc.Arbitrary<RuleSetInput> = fc.record(
  {
    majorities: fc.dictionary(arbQuestionKind, arbMajorityRule, { maxKeys: 4 }),
    counting: fc.record({ abstentionsInBase: fc.boolean(), invalidInBase: fc.boolean() }, { requiredKeys: [] }),
    quorum: fc.record(
      { enabled: fc.boolean(), toOpen: arbFraction, toDecide: arbFraction, countSuspended: fc.boolean() },
      { requiredKeys: [] },
    ),
    arrears: fc.record(
      { thresholdPercent: fc.integer({ min: 0, max: 100 }), exemptConstitutionAmendments: fc.boolean() },
      { requiredKeys: [] },
    ),
    admittedMembersVote: fc.constantFrom('from-next-item', 'next-session'),
  },
  { requiredKeys: [] },
);

/** A rule set with random overrides of the INTERPOL defaults, parsed through `RuleSetSchema`. */
export const arbRuleSet: fc.Arbitrary<RuleSet> = arbOverrides.map((input) => RuleSetSchema.parse(input));
