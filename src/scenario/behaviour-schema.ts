import * as z from 'zod';
import { VoteChoiceSchema } from '../domain/vote.js';
import { IdSchema, KeySchema, MemberCodeSchema, ProbabilitySchema, RegionSchema } from './common-schema.js';

/**
 * Voter behaviour: the parameters of the model live in the scenario, its code in `src/sim/`
 * (issue 5). Scripted ballots override the model for any ballot.
 */

const PositionSchema = z.strictObject({
  /** Probability of a yes; `no` likewise; the rest abstain. */
  yes: ProbabilitySchema,
  no: ProbabilitySchema,
});

const BlocSchema = z.strictObject({
  id: IdSchema,
  /** Members listed by code … */
  members: z.array(MemberCodeSchema).max(300).optional(),
  /** … or a grouping from the registry's bloc list (e.g. eu, au, asean; see `gasim members`) … */
  registryBloc: KeySchema.max(50).optional(),
  /** … or a whole INTERPOL region. */
  region: RegionSchema.optional(),
  /** Probability that a member follows the bloc's line rather than its own draw. */
  cohesion: ProbabilitySchema.default(0.7),
});

const ItemPositionSchema = z.strictObject({
  yes: ProbabilitySchema,
  no: ProbabilitySchema,
  /** Positions of blocs on this item, overriding the item's position for them. */
  blocs: z.record(IdSchema, PositionSchema).default({}),
});

const CandidateAffinitySchema = z
  .strictObject({
    /** Baseline appeal of each candidate (a positive weight; 1 when not listed). */
    appeal: z.record(IdSchema, z.number().min(0).max(1e6)).default({}),
    /** Weight multiplier for a candidate from the voter's own region. */
    sameRegion: z.number().min(0).max(100).default(1),
    /** Weight multiplier for a candidate whose member shares a bloc with the voter. */
    sameBloc: z.number().min(0).max(100).default(1),
    /** Members (by code) committed to a candidate; they vote for it with probability `loyalty`. */
    supporters: z.record(IdSchema, z.array(MemberCodeSchema).max(300)).default({}),
    loyalty: ProbabilitySchema.default(0.9),
    /** Where a candidate's support goes when it is eliminated or withdraws: weights by candidate. */
    transfers: z.record(IdSchema, z.record(IdSchema, z.number().min(0).max(1e6))).default({}),
  })
  .prefault({});

export const BehaviourSchema = z
  .strictObject({
    /** Probability that a member entitled to vote takes part in a ballot. */
    turnout: ProbabilitySchema.default(1),
    turnoutByMember: z.record(MemberCodeSchema, ProbabilitySchema).default({}),
    /** Probability of a blank paper (an abstention, Q14) among those taking part. */
    abstain: ProbabilitySchema.default(0.02),
    /** Probability of a spoiled (invalid) paper among those taking part. */
    invalid: ProbabilitySchema.default(0),
    blocs: z.array(BlocSchema).max(100).default([]),
    proposals: z
      .strictObject({
        default: PositionSchema.default({ yes: 0.85, no: 0.05 }),
        byKind: z.record(KeySchema.max(50), PositionSchema).default({}),
        byItem: z.record(IdSchema, ItemPositionSchema).default({}),
      })
      .prefault({}),
    candidates: CandidateAffinitySchema,
    /** Candidates who withdraw before a given ballot of an item (an incident, R6.6 by analogy). */
    withdrawals: z
      .array(z.strictObject({ item: IdSchema, candidate: IdSchema, beforeBallot: z.number().int().min(2).max(100) }))
      .max(100)
      .default([]),
  })
  .prefault({});

/** An exact result for one ballot (counts, or per-member choices for a recorded vote). */
export const ScriptedBallotSchema = z.strictObject({
  item: IdSchema,
  /** For a vote on an amendment rather than the proposal itself. */
  amendment: IdSchema.optional(),
  /** On the agenda-adoption item: the vote placing this urgent additional item on the agenda (R5.5). */
  additionalItem: IdSchema.optional(),
  /** Seat number within a seat-by-seat election (1 for the first seat). */
  seat: z.number().int().min(1).max(13).default(1),
  ballot: z.number().int().min(1).max(100).default(1),
  /** `yes`/`no`, or candidate ids, with their votes. */
  counts: z.record(KeySchema, z.number().int().min(0).max(1_000_000)).optional(),
  abstain: z.number().int().min(0).max(1_000_000).default(0),
  invalid: z.number().int().min(0).max(1_000_000).default(0),
  /** Per-member choices (`yes`, `no`, `abstain`, `invalid`), for recorded votes and roll calls only. */
  votes: z.record(MemberCodeSchema, VoteChoiceSchema).optional(),
  /** Where the figures come from. */
  source: z.string().max(500).optional(),
});

export type Behaviour = z.output<typeof BehaviourSchema>;
export type ScriptedBallot = z.output<typeof ScriptedBallotSchema>;
