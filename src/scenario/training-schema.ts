import * as z from 'zod';
import { IdSchema, MemberCodeSchema, ProbabilitySchema } from './common-schema.js';

/**
 * Training incidents (issue 7): events the trainer switches on so that the trainee meets them in
 * `gasim train`. Each names where it happens; `incidentEvents` injects it at the right moment.
 */
const IncidentSchema = z.discriminatedUnion('kind', [
  /** A member's credentials are disputed; the President rules at the credentials item (R5.6). */
  z.strictObject({ kind: z.literal('credentials-disputed'), member: MemberCodeSchema, ruling: z.enum(['accepted', 'refused']).default('accepted') }),
  /** A nomination received after the deadline (R4.2): the Elections Board must reject it. */
  z.strictObject({ kind: z.literal('late-nomination'), item: IdSchema, candidate: IdSchema, daysBeforeOpening: z.number().int().min(0).max(44).default(10) }),
  /** A point of order raised on an item; with `aboutVoting`, during its vote (R3.8, R6.2). */
  z.strictObject({ kind: z.literal('point-of-order'), item: IdSchema, aboutVoting: z.boolean().default(true), member: MemberCodeSchema.optional() }),
  /** A motion to adjourn the debate on an item (R6.4). */
  z.strictObject({ kind: z.literal('adjourn-debate'), item: IdSchema, member: MemberCodeSchema }),
  /** A ballot whose counts are scripted equal: yes = no, or the two leading candidates level (Q2, R4.11). */
  z.strictObject({ kind: z.literal('tie'), item: IdSchema, ballot: z.number().int().min(1).max(100).default(1) }),
  /** A ballot with spoiled papers, which do not count as votes expressed (R2.3). */
  z.strictObject({ kind: z.literal('invalid-paper'), item: IdSchema, count: z.number().int().min(1).max(50).default(1) }),
  /** The membership item admitting `applicant` is adopted, so the new member votes from the next item (Q24). */
  z.strictObject({ kind: z.literal('member-admitted'), applicant: MemberCodeSchema }),
  /** A candidate withdraws before a ballot of an election item. */
  z.strictObject({ kind: z.literal('candidate-withdraws'), item: IdSchema, candidate: IdSchema, beforeBallot: z.number().int().min(1).max(100).default(2) }),
]);

export const TrainingSchema = z.strictObject({
  incidents: z.array(IncidentSchema).max(200).default([]),
  /** Switch on further incidents at random (seeded by the scenario seed): each opportunity with this probability. */
  random: z.strictObject({ rate: ProbabilitySchema.default(0) }).prefault({}),
});

export type Incident = z.output<typeof IncidentSchema>;
export type IncidentKind = Incident['kind'];
export type Training = z.output<typeof TrainingSchema>;
