import * as z from 'zod';
import { VoteChoiceSchema as Choice, VoteMethodSchema } from '../domain/vote.js';
import { RecordedChoicesSchema } from '../domain/choices.js';
import { DELEGATION_MOTIONS } from '../rules/motions.js';
// members and ids follow the scenario's patterns, so `__proto__`-like keys cannot get through
import { IdSchema as Id, MemberCodeSchema as Member } from '../scenario/common-schema.js';

/**
 * Events of the session machine, named by who sends them (principle 8), declared once: one strict
 * zod schema per event type, from which the types, the list of types and the journal's check of a
 * line and the labels derive (issue 15). A whole ballot may arrive as one event (`delegation.castBallot` for
 * recorded votes, `tellers.reportCount` for secret ballots and shows of hands); single recorded
 * votes are accepted too, for interactive use. Secret ballots never carry a member's choice: only
 * the tellers' counts (R3.3, R3.6).
 */

const Count = z.number().int().nonnegative().max(1_000_000);
/** When the figures are a scenario's scripted result: its index in `voting.scripted`. */
const Script = z.number().int().nonnegative().max(10_000).optional();

/** Procedural motions a delegation may move (R6.4); points of order and appeals have their own events. */
export type { DelegationMotion as MotionKind } from '../rules/motions.js';

// a whole recorded vote: member → choice (as a person or a script writes it), or one letter per member
// of the open ballot's electorate, in its order (as the voters draw it: `RecordedChoices`)
const CAST_VOTES = z.strictObject({ type: z.literal('delegation.castBallot'), votes: z.record(Member, Choice), script: Script });
const CAST_CHOICES = z.strictObject({ type: z.literal('delegation.castBallot'), choices: RecordedChoicesSchema.max(1_000_000), script: Script });

/**
 * One strict zod schema per event type: a journal line must match its type's schema exactly. Each
 * is described by what it does in words (`eventLabel`: training's choices).
 */
export const EVENT_SCHEMAS = {
  'chair.openSession': z.strictObject({ type: z.literal('chair.openSession') }).describe('open the session'),
  'chair.openItem': z.strictObject({ type: z.literal('chair.openItem'), item: Id.optional() }).describe('open the next item'),
  'chair.putToVote': z.strictObject({ type: z.literal('chair.putToVote'), method: VoteMethodSchema.optional() }).describe('put the question to the vote'),
  'chair.closeBallot': z.strictObject({ type: z.literal('chair.closeBallot') }).describe('close the ballot and announce the result'),
  'chair.closeItem': z.strictObject({ type: z.literal('chair.closeItem') }).describe('close the item'),
  'chair.putMotion': z.strictObject({ type: z.literal('chair.putMotion') }).describe('put the pending motion to the vote'),
  'chair.resumeSitting': z.strictObject({ type: z.literal('chair.resumeSitting') }).describe('resume the sitting'),
  'chair.ruleOnPointOfOrder': z.strictObject({ type: z.literal('chair.ruleOnPointOfOrder'), ruling: z.enum(['upheld', 'rejected']) }).describe('rule on the point of order'),
  'chair.decideCredentials': z.strictObject({ type: z.literal('chair.decideCredentials'), member: Member, ruling: z.enum(['accepted', 'refused']) }).describe('rule on the disputed credentials'),
  'chair.adjournDay': z.strictObject({ type: z.literal('chair.adjournDay') }).describe('adjourn until the next day'),
  'chair.openDay': z.strictObject({ type: z.literal('chair.openDay') }).describe('open the next day'),
  'chair.closeSession': z.strictObject({ type: z.literal('chair.closeSession') }).describe('close the session'),
  'delegation.castVote': z.strictObject({ type: z.literal('delegation.castVote'), member: Member, choice: Choice }).describe('a delegation casts its vote'),
  'delegation.castBallot': z.union([CAST_VOTES, CAST_CHOICES]).describe('the delegations cast a whole recorded vote'),
  'delegation.objectToConsensus': z.strictObject({ type: z.literal('delegation.objectToConsensus'), member: Member }).describe('a delegation objects to consensus'),
  'delegation.moveMotion': z.strictObject({ type: z.literal('delegation.moveMotion'), member: Member, motion: z.enum(DELEGATION_MOTIONS) }).describe('a delegation moves a procedural motion'),
  'delegation.raisePointOfOrder': z.strictObject({ type: z.literal('delegation.raisePointOfOrder'), member: Member, aboutVoting: z.boolean() }).describe('a delegation raises a point of order'),
  'delegation.appeal': z.strictObject({ type: z.literal('delegation.appeal'), member: Member }).describe('a delegation appeals against the ruling'),
  'delegation.withdrawCandidate': z.strictObject({ type: z.literal('delegation.withdrawCandidate'), candidate: Id }).describe('a candidate withdraws'),
  // `counts`: `yes`/`no`, or candidate ids, with their votes
  'tellers.reportCount': z.strictObject({ type: z.literal('tellers.reportCount'), counts: z.record(Id, Count).readonly(), abstain: Count, invalid: Count, script: Script }).describe('the tellers report the count'),
};

/** Every event type a journal records. */
export type SessionEventType = keyof typeof EVENT_SCHEMAS;
type EventOf<T extends SessionEventType> = T extends SessionEventType ? z.infer<(typeof EVENT_SCHEMAS)[T]> : never;

export type ChairEvent = EventOf<Extract<SessionEventType, `chair.${string}`>>;

/**
 * Headless runs only: the chair takes the next agenda item whole, from its opening to its close, in
 * one event that runs the same recipes and guards as the item's own events, with the voters the
 * engine was made with (`createEngine`). It carries nothing, so it stays serialisable, but it is
 * never journaled: a journal records the item's own events (issue 15).
 */
export type HeadlessEvent = { type: 'chair.takeItem' };

/** What a journal records: every event but the headless run's. */
export type JournalEvent = EventOf<SessionEventType>;
export type SessionEvent = JournalEvent | HeadlessEvent;

/** Every event type the session machine knows, for parsing journals and checking coverage. */
export const EVENT_TYPES = Object.keys(EVENT_SCHEMAS) as SessionEventType[];

/** What an event does, in words ("open the next item"), from its schema's description. */
export function eventLabel(type: SessionEventType): string {
  return EVENT_SCHEMAS[type].description ?? type;
}

/** Whether a string names a session event. */
export function isEventType(type: unknown): type is SessionEventType {
  return typeof type === 'string' && Object.hasOwn(EVENT_SCHEMAS, type);
}

/** A fresh, well-formed event built from an untrusted payload, or why it is malformed (located in the form a whole ballot takes). */
export function parseEventPayload(event: { type: SessionEventType }): { event: SessionEvent } | { message: string } {
  const parsed = (event.type !== 'delegation.castBallot' ? EVENT_SCHEMAS[event.type] : 'choices' in event ? CAST_CHOICES : CAST_VOTES).safeParse(event);
  if (parsed.success) return { event: parsed.data };
  const issue = parsed.error.issues[0]!;
  const at = issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : '';
  return { message: `malformed ${event.type}${at}: ${issue.message}` };
}
