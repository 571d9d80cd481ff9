import * as z from 'zod';
import { VoteChoiceSchema, VoteMethodSchema } from '../domain/vote.js';
import { IdSchema, MemberCodeSchema } from '../scenario/common-schema.js';
import type { SessionEvent, SessionEventType } from './events.js';

// members and ids follow the scenario's patterns, so `__proto__`-like keys cannot get through
const Member = MemberCodeSchema;
const Id = IdSchema;
const Choice = VoteChoiceSchema;
const Count = z.number().int().nonnegative().max(1_000_000);
const Script = z.number().int().nonnegative().max(10_000).optional();

/** One strict zod schema per event type: a journal line must match its type's schema exactly. */
const EVENT_SCHEMAS = {
  'chair.openSession': z.strictObject({ type: z.literal('chair.openSession') }),
  'chair.openItem': z.strictObject({ type: z.literal('chair.openItem'), item: Id.optional() }),
  'chair.putToVote': z.strictObject({
    type: z.literal('chair.putToVote'),
    method: VoteMethodSchema.optional(),
  }),
  'chair.closeBallot': z.strictObject({ type: z.literal('chair.closeBallot') }),
  'chair.closeItem': z.strictObject({ type: z.literal('chair.closeItem') }),
  'chair.putMotion': z.strictObject({ type: z.literal('chair.putMotion') }),
  'chair.resumeSitting': z.strictObject({ type: z.literal('chair.resumeSitting') }),
  'chair.ruleOnPointOfOrder': z.strictObject({ type: z.literal('chair.ruleOnPointOfOrder'), ruling: z.enum(['upheld', 'rejected']) }),
  'chair.decideCredentials': z.strictObject({ type: z.literal('chair.decideCredentials'), member: Member, ruling: z.enum(['accepted', 'refused']) }),
  'chair.adjournDay': z.strictObject({ type: z.literal('chair.adjournDay') }),
  'chair.openDay': z.strictObject({ type: z.literal('chair.openDay') }),
  'chair.closeSession': z.strictObject({ type: z.literal('chair.closeSession') }),
  'delegation.castVote': z.strictObject({ type: z.literal('delegation.castVote'), member: Member, choice: Choice }),
  'delegation.castBallot': z.strictObject({ type: z.literal('delegation.castBallot'), votes: z.record(Member, Choice), script: Script }),
  'delegation.objectToConsensus': z.strictObject({ type: z.literal('delegation.objectToConsensus'), member: Member }),
  'delegation.moveMotion': z.strictObject({
    type: z.literal('delegation.moveMotion'),
    member: Member,
    motion: z.enum(['suspend', 'adjourn-sitting', 'adjourn-debate', 'close-debate']),
  }),
  'delegation.raisePointOfOrder': z.strictObject({ type: z.literal('delegation.raisePointOfOrder'), member: Member, aboutVoting: z.boolean() }),
  'delegation.appeal': z.strictObject({ type: z.literal('delegation.appeal'), member: Member }),
  'delegation.withdrawCandidate': z.strictObject({ type: z.literal('delegation.withdrawCandidate'), candidate: Id }),
  'tellers.reportCount': z.strictObject({ type: z.literal('tellers.reportCount'), counts: z.record(Id, Count), abstain: Count, invalid: Count, script: Script }),
} satisfies Record<SessionEventType, z.ZodType>;

/** A fresh, well-formed event built from an untrusted payload, or why the payload is malformed. */
export function parseEventPayload(event: { type: SessionEventType }): { event: SessionEvent } | { message: string } {
  const parsed = EVENT_SCHEMAS[event.type].safeParse(event);
  if (parsed.success) return { event: parsed.data as SessionEvent };
  const issue = parsed.error.issues[0]!;
  const at = issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : '';
  return { message: `malformed ${event.type}${at}: ${issue.message}` };
}
