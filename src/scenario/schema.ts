import * as z from 'zod';
import { RuleSetSchema } from '../rules/rule-set.js';
import { BehaviourSchema, ScriptedBallotSchema } from './behaviour-schema.js';
import { AgendaItemSchema } from './agenda-schema.js';
import { TrainingSchema } from './training-schema.js';
import { MemberCodeSchema, RegionSchema } from './common-schema.js';

/**
 * The scenario file format: one General Assembly session (issue 2). Stage one of loading
 * (shape): strict objects, so that a misspelt key is an error. Cross-references are checked in
 * stage two (`check-scenario.ts`).
 */

export const SCENARIO_FORMAT = 'gasim/scenario@1';

/**
 * Who attends a day's sitting, among the represented members: all (the default), all but some, or
 * only some. An absent delegation neither votes nor counts towards a quorum that day (R2.3, Q1).
 */
const AttendanceSchema = z.union([
  z.strictObject({ absent: z.array(MemberCodeSchema).max(300) }),
  z.strictObject({ only: z.array(MemberCodeSchema).max(300) }),
]);

const DaySchema = z.strictObject({
  /** ISO date of the sitting, e.g. 2025-11-24. */
  date: z.iso.date(),
  /** What the day is called in the minutes, e.g. "last plenary". */
  label: z.string().max(200).optional(),
  attendance: AttendanceSchema.optional(),
  items: z.array(AgendaItemSchema).max(200),
});

const ObserverSchema = z.strictObject({
  name: z.string().min(1).max(200),
  kind: z.enum(['applicant', 'organization', 'adviser']),
  /** For an applicant country: its ISO alpha-3 code (R5.11). */
  code: MemberCodeSchema.optional(),
});

const RepresentedSchema = z.union([
  z.literal('all'),
  z.strictObject({ allExcept: z.array(MemberCodeSchema).max(300) }),
  z.strictObject({ only: z.array(MemberCodeSchema).max(300) }),
]);

const DelegationSchema = z.strictObject({
  head: z.string().min(1).max(200),
  delegates: z.array(z.string().min(1).max(200)).max(60).default([]),
});

const CredentialsSchema = z
  .strictObject({
    /** Delegations whose credentials the President refused; they attend as observers (R5.6). */
    refused: z.array(MemberCodeSchema).max(300).default([]),
    /** Disputes the President decides at the credentials item (R5.6). */
    disputed: z
      .array(z.strictObject({ member: MemberCodeSchema, ruling: z.enum(['accepted', 'refused']) }))
      .max(300)
      .default([]),
  })
  .prefault({});

/**
 * The Organization's members when the session opens (R1.4; the base of R2.4 and R2.6): `current`
 * (today's registry), `{ asOf: YEAR }` derived from the registry's joining years (2008 on; the
 * year of the session), or an explicit list of registry members (`only` or `allExcept`).
 */
const MembershipSchema = z.union([
  z.literal('current'),
  z.strictObject({ asOf: z.number().int().min(1923).max(2200) }),
  z.strictObject({ only: z.array(MemberCodeSchema).min(1).max(300) }),
  z.strictObject({ allExcept: z.array(MemberCodeSchema).max(300) }),
]);

const MembersSchema = z.strictObject({
  /** Who the Organization's members are when the session opens (default: today's registry). */
  membership: MembershipSchema.default('current'),
  /** Members that sent a delegation: "all", all except some, or only some (R2.1). */
  represented: RepresentedSchema,
  observers: z.array(ObserverSchema).max(500).default([]),
  credentials: CredentialsSchema,
  /** Heads and delegates of delegations (R1.1, R4.4: a nominee must be in the delegation). */
  delegations: z.record(MemberCodeSchema, DelegationSchema).default({}),
  /** INTERPOL region overrides for this scenario (Q10: Israel, Central Asia, Oceania are configurable). */
  regionOverrides: z.record(MemberCodeSchema, RegionSchema).default({}),
});

const StandingSchema = z.strictObject({
  duePreviousYear: z.number().int().min(0).max(1e12),
  unpaidPreviousYear: z.number().int().min(0).max(1e12),
  unpaidCurrentYear: z.number().int().min(0).max(1e12),
  rescheduling: z.boolean().default(false),
  waiver: z.boolean().default(false),
  /** Where the figures come from, e.g. "UN Charter Art. 19 list, Feb 2025 (proxy)". */
  source: z.string().max(500).optional(),
});

const SeatSchema = z.strictObject({
  post: z.enum(['president', 'vice-president', 'delegate']),
  holder: z.string().min(1).max(200),
  member: MemberCodeSchema,
  region: RegionSchema,
  elected: z.number().int().min(1900).max(2200),
  termEnds: z.number().int().min(1900).max(2200),
});

export const ScenarioSchema = z.strictObject({
  /** Points editors at the JSON Schema; ignored by gasim. */
  $schema: z.string().max(500).optional(),
  format: z.literal(SCENARIO_FORMAT),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes').max(100),
  title: z.string().min(1).max(300),
  /** Free text shown at the top of the minutes: sources, what is unpublished, and so on. */
  notes: z.string().max(20_000).optional(),
  session: z.strictObject({
    number: z.number().int().min(1).max(1000),
    kind: z.enum(['ordinary', 'extraordinary']).default('ordinary'),
    venue: z.strictObject({ city: z.string().min(1).max(200), country: MemberCodeSchema }),
    days: z.array(DaySchema).min(1).max(14),
  }),
  /** Seed of the generator used for voter behaviour and lots (principle 2). */
  seed: z.number().int().min(0).max(2 ** 32 - 1).default(1),
  members: MembersSchema,
  /** Financial standing by member code; unlisted members are up to date (R8.1). */
  finances: z.record(MemberCodeSchema, StandingSchema).default({}),
  /** The Executive Committee as it stands when the session opens. */
  committee: z.array(SeatSchema).max(20).default([]),
  rules: RuleSetSchema,
  voting: z
    .strictObject({
      model: BehaviourSchema,
      /** Exact results that override the model for given ballots (e.g. a reported result). */
      scripted: z.array(ScriptedBallotSchema).max(10_000).default([]),
    })
    .prefault({}),
  /** Incidents for training mode (`gasim train`); ignored by other commands. */
  training: TrainingSchema.optional(),
});

/** A scenario as an author writes it. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
/** A scenario after shape validation, with every default filled in. */
export type Scenario = z.output<typeof ScenarioSchema>;
export type ScenarioDay = Scenario['session']['days'][number];
export type CommitteeSeatInput = Scenario['committee'][number];
