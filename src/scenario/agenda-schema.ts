import * as z from 'zod';
import { VoteMethodSchema } from '../domain/vote.js';
import { IdSchema, MemberCodeSchema, RegionSchema } from './common-schema.js';

/** Agenda items, discriminated by `kind` (R5.4–R5.6, R6.7–R6.8, R7, R4). */


const base = {
  id: IdSchema,
  title: z.string().min(1).max(300).optional(),
  /** The rule or document the item rests on, shown in the minutes. */
  reference: z.string().max(300).optional(),
};

/** Fields of an item decided by a vote. */
const voted = {
  ...base,
  /** How the vote is taken (R3.1); secret ballots may be requested (R3.5). */
  method: VoteMethodSchema.optional(),
};

const AmendmentSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1).max(300),
  /** The amendment's wording, as the minutes record it (R6.8); the title alone when not given. */
  text: z.string().min(1).max(5000).optional(),
  /** How far the amendment is removed in substance from the proposal; the furthest goes first (R6.8). */
  remoteness: z.number().int().min(0).max(1000),
  /** Amendments that adopting this one necessarily rejects (R6.8). */
  excludes: z.array(IdSchema).max(50).default([]),
  /** An amendment accepted by the sponsor joins the proposal without a vote (R6.8). */
  acceptedBySponsor: z.boolean().default(false),
});

/**
 * An urgent additional item proposed when the agenda is adopted (R5.5, RPGA Art 14A): a draft
 * resolution that joins the agenda only if two-thirds of those present and voting agree. Once
 * adopted it is taken up at the end of `takenUpOn`'s sitting (default: the day the agenda is
 * adopted), before a closing item (project default).
 */
const AdditionalItemSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1).max(300),
  reference: z.string().max(300).optional(),
  /** The session day it is taken up on once adopted; defaults to the day of the agenda's adoption. */
  takenUpOn: z.iso.date().optional(),
  method: VoteMethodSchema.optional(),
  amendments: z.array(AmendmentSchema).max(50).default([]),
});

export const CandidateSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1).max(200),
  /**
   * The family name as ballots print it, e.g. `WANG` for "Wang Yong". Default: a word written in
   * capitals, else the last word with its particles ("De Buysscher"); a placeholder such as
   * "Delegate of Egypt" is kept as written (src/domain/person-name.ts).
   */
  familyName: z.string().min(1).max(100).optional(),
  /** The name as the minutes print it, e.g. `WANG Yong`. Default: the family name in capitals, then the other names. */
  displayName: z.string().min(1).max(200).optional(),
  member: MemberCodeSchema,
  /** Defaults to `member` (R4.3: only members nominate, through their competent authority). */
  nominatedBy: MemberCodeSchema.optional(),
  /** Date the General Secretariat received the nomination (R4.2: at least 45 days before opening). */
  nominationReceived: z.iso.date().optional(),
  /** Written acceptance of the nominee (R4.4(g)). */
  acceptedInWriting: z.boolean().default(true),
});

const ElectionSchema = z.strictObject({
  ...base,
  kind: z.literal('election'),
  post: z.enum(['president', 'vice-president', 'delegate']),
  /** The seat's region; `auto` for a Vice-President seat goes to the continent missing (Q9). */
  region: z.union([RegionSchema, z.literal('auto')]).optional(),
  seats: z.number().int().min(1).max(13).default(1),
  /** Held only if a seat of this post and region falls vacant during the session (Q7). */
  contingent: z.boolean().default(false),
  /**
   * The seat fell vacant before its term ended (R4.13: resignation, loss of post, …): the year that
   * term would have ended. With `rules.elections.vacancyTerm: remainder` (the rule before 2021) the
   * person elected serves until then; with `full` (RPGA 49(5)) a whole new term.
   */
  earlyVacancy: z.strictObject({ termEnds: z.number().int().min(1900).max(2200) }).optional(),
  candidates: z.array(CandidateSchema).max(100),
});

/** A country applying for membership (R1.4); once admitted it sits in its region (R9). */
const ApplicantSchema = z.strictObject({
  code: MemberCodeSchema,
  name: z.string().min(1).max(200),
  /** Its region once admitted; needed only for a country the registry does not know. */
  region: RegionSchema.optional(),
});

export const AgendaItemSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...base, kind: z.literal('ceremony') }),
  z.strictObject({ ...base, kind: z.literal('report') }),
  z.strictObject({ ...base, kind: z.literal('credentials') }),
  z.strictObject({
    ...voted,
    kind: z.literal('agenda-adoption'),
    /** Urgent additional items proposed for the agenda, each needing two-thirds (R5.5). */
    additionalItems: z.array(AdditionalItemSchema).max(20).default([]),
  }),
  z.strictObject({
    ...voted,
    kind: z.literal('elections-board'),
    /** Members proposed for the Elections Board (at least three, none with a candidate; R4.6). */
    members: z.array(MemberCodeSchema).max(20),
  }),
  z.strictObject({ ...voted, kind: z.literal('membership'), applicant: ApplicantSchema }),
  z.strictObject({ ...voted, kind: z.literal('resolution'), amendments: z.array(AmendmentSchema).max(50).default([]) }),
  z.strictObject({ ...voted, kind: z.literal('programme'), amountEur: z.number().int().min(0).max(1e12).optional() }),
  z.strictObject({ ...voted, kind: z.literal('strategic-framework') }),
  z.strictObject({ ...voted, kind: z.literal('budget'), amountEur: z.number().int().min(0).max(1e12).optional() }),
  z.strictObject({ ...voted, kind: z.literal('regulation-amendment'), amendments: z.array(AmendmentSchema).max(50).default([]) }),
  z.strictObject({ ...voted, kind: z.literal('constitution-amendment') }),
  z.strictObject({ ...voted, kind: z.literal('arrears-waiver'), member: MemberCodeSchema }),
  z.strictObject({ ...voted, kind: z.literal('venue'), host: MemberCodeSchema, sessionNumber: z.number().int().min(1).max(1000).optional() }),
  ElectionSchema,
  z.strictObject({ ...base, kind: z.literal('closing') }),
]);

export type AgendaItemInput = z.input<typeof AgendaItemSchema>;
export type AgendaItem = z.output<typeof AgendaItemSchema>;
export type AgendaItemKind = AgendaItem['kind'];
export type ElectionItem = Extract<AgendaItem, { kind: 'election' }>;
export type CandidateInput = z.output<typeof CandidateSchema>;
export type AdditionalItem = z.output<typeof AdditionalItemSchema>;
