import * as z from 'zod';
import { ElectionRulesSchema } from './election-rules.js';
import { MajorityRuleSchema } from '../domain/vote.js';

export { ElectionRulesSchema } from './election-rules.js';
export { MajorityRuleSchema } from '../domain/vote.js';

/**
 * The rule set: every setting of the rules of procedure as data, with INTERPOL defaults
 * (interpol-rules.md). A scenario overrides any setting under `rules:`; missing settings take
 * the defaults below. Each default cites the rule it comes from.
 */

/** A fraction in lowest terms, so that thresholds stay integer arithmetic (Q3). */
export const FractionSchema = z.strictObject({
  numerator: z.number().int().min(0),
  denominator: z.number().int().min(1),
});

/** Majority required for each kind of question put to the Assembly. */
export const QuestionMajoritiesSchema = z
  .strictObject({
    /** R5.5: the agenda is adopted by simple majority (GR Art 12). */
    agendaAdoption: MajorityRuleSchema.default('simple'),
    /** R2.5(e), R5.5: an additional urgent item needs two-thirds present and voting (RPGA 14A(2)). */
    additionalItem: MajorityRuleSchema.default('two-thirds-present-voting'),
    /** R1.4, R2.5(a): membership applications need two-thirds present and voting (CONST Art 4). */
    membership: MajorityRuleSchema.default('two-thirds-present-voting'),
    /** R2.2: resolutions by simple majority (CONST Art 14). */
    resolution: MajorityRuleSchema.default('simple'),
    /** R6.8: amendments to a draft resolution, simple majority (CONST Art 14). */
    amendment: MajorityRuleSchema.default('simple'),
    /** R7.5: programme of activities (CONST Art 14). */
    programme: MajorityRuleSchema.default('simple'),
    /** R7.5 by default rule: the strategic framework (CONST Art 14). */
    strategicFramework: MajorityRuleSchema.default('simple'),
    /** R7.5: the budget (CONST Art 14; FR 3.2(4) for the scale). */
    budget: MajorityRuleSchema.default('simple'),
    /** R2.5(c),(d): GR and appendices (RPGA Art 38(2)). */
    regulationAmendment: MajorityRuleSchema.default('two-thirds-present-voting'),
    /** R2.6: CONST amendments need two-thirds of all Members (CONST Art 42 §3). */
    constitutionAmendment: MajorityRuleSchema.default('two-thirds-all-members'),
    /** Q13: arrears waiver by simple majority (GR Art 52(3)). */
    arrearsWaiver: MajorityRuleSchema.default('simple'),
    /** R5.2: venue of a future session (CONST Art 14). */
    venue: MajorityRuleSchema.default('simple'),
    /** R2.9: an appeal against the President's ruling (RPGA Art 26(2)). */
    appeal: MajorityRuleSchema.default('simple'),
    /** R6.4: procedural motions (RPGA Arts 27–29). */
    proceduralMotion: MajorityRuleSchema.default('simple'),
    /** R3.5: a proposal to hold a secret ballot (RPGA Art 40(2)). */
    secretBallotProposal: MajorityRuleSchema.default('simple'),
    /** R4.6: Elections Board members by show of hands (RPGA Art 47). */
    electionsBoard: MajorityRuleSchema.default('simple'),
  })
  .prefault({});

/** How votes are counted (R2.3, Q3, Q14). */
export const CountingSchema = z
  .strictObject({
    /** R2.3: abstentions count as not voting. `true` is a rule-designer variant. */
    abstentionsInBase: z.boolean().default(false),
    /** R2.3, RPGA 40(4): invalid papers are excluded from votes expressed. */
    invalidInBase: z.boolean().default(false),
  })
  .prefault({});

/** Q1: INTERPOL has no General Assembly quorum; a UN-style quorum (rule 67) is available. */
export const QuorumSchema = z
  .strictObject({
    enabled: z.boolean().default(false),
    /** Share of members with voting rights that must be present to open a sitting (UN: one third). */
    toOpen: FractionSchema.default({ numerator: 1, denominator: 3 }),
    /** Share of members with voting rights that must be present to take a decision (UN: a majority). */
    toDecide: FractionSchema.default({ numerator: 1, denominator: 2 }),
    /** Whether members suspended for arrears count as present for the quorum (variant). */
    countSuspended: z.boolean().default(false),
    /**
     * What happens to an item that cannot be decided for want of a quorum (Q1): `carry-over` takes it
     * up again first at the next sitting (deferred if none is left), `defer` defers it at once.
     */
    withoutQuorum: z.enum(['carry-over', 'defer']).default('carry-over'),
  })
  .prefault({});

/** R8.1, R8.2, Q12: suspension of voting rights for arrears. */
export const ArrearsSchema = z
  .strictObject({
    /** FR Reg 3.3(8): previous-year arrears must exceed this percentage of what was due. */
    thresholdPercent: z.number().int().min(0).max(100).default(5),
    /** R2.8: suspension does not apply to votes on CONST amendments (GR Art 52(1)). */
    exemptConstitutionAmendments: z.boolean().default(true),
    /** R8.4: a suspended member may not nominate (GR Art 40 §3). */
    barsNominations: z.boolean().default(true),
  })
  .prefault({});

export const RuleSetSchema = z
  .strictObject({
    /** A label for minutes and reports, e.g. "INTERPOL defaults". */
    name: z.string().max(200).default('INTERPOL defaults'),
    majorities: QuestionMajoritiesSchema,
    counting: CountingSchema,
    quorum: QuorumSchema,
    arrears: ArrearsSchema,
    elections: ElectionRulesSchema,
    /** Q24: a member admitted during the session votes from the next item, or not until the next session. */
    admittedMembersVote: z.enum(['from-next-item', 'next-session']).default('from-next-item'),
  })
  .prefault({});

/** A rule set as written in a scenario (every key optional). */
export type RuleSetInput = z.input<typeof RuleSetSchema>;
/** A complete rule set with every default filled in. */
export type RuleSet = z.output<typeof RuleSetSchema>;
export type QuestionKind = keyof RuleSet['majorities'];
export type ElectionRules = RuleSet['elections'];

/** The INTERPOL default rule set (interpol-rules.md, with the project defaults of §12). */
export function defaultRuleSet(): RuleSet {
  return RuleSetSchema.parse(undefined);
}
