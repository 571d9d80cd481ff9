import * as z from 'zod';
import type { Electorate } from '../domain/member.js';
import { VoteChoiceSchema } from '../domain/vote.js';
import type { SessionContext } from '../machine/context.js';
import { quorumChecksOf, recordedVotesOf, recordsOf, type QuestionRecord } from '../record/record.js';
import { titleOf } from '../scenario/agenda-items.js';
import { displayNameOf, familyNameOf } from '../domain/person-name.js';
import { unusedScripts } from './script-use.js';

/**
 * The machine-readable result of one run (`gasim run --json`). The zod schema is the source of
 * truth; `gasim schema --result` prints it as JSON Schema. Secret ballots carry totals only.
 */

const CitationSchema = z.object({ rule: z.string(), source: z.string() });
const TrailSchema = z.array(z.object({ citation: CitationSchema, text: z.string() }));
const AnnouncementSchema = z.object({
  entitled: z.number().int(),
  abstentions: z.number().int(),
  invalid: z.number().int(),
  expressed: z.number().int(),
  majorityRequired: z.number().int(),
  counts: z.array(z.object({ label: z.string(), votes: z.number().int() })),
  needed: z.number().int(),
  got: z.number().int(),
  missing: z.number().int(),
});
const ThresholdSchema = z.object({
  majority: z.string(),
  base: z.number().int(),
  baseLabel: z.string(),
  required: z.number().int(),
  arithmetic: z.string(),
  citation: CitationSchema,
});

/** Who could vote in a ballot, and why every other member of the Organization could not (R2.1, R2.8). */
const ElectorateSchema = z.object({
  /** Members entitled to vote, by code. */
  entitled: z.array(z.string()),
  excluded: z.array(z.object({
    member: z.string(),
    reason: z.enum(['not-represented', 'absent', 'credentials-refused', 'arrears', 'admitted-later']),
    rule: z.string(),
    source: z.string(),
  })),
});

const DecisionSchema = z.object({
  ballot: z.string(),
  item: z.string(),
  /** The session day (1-based) the decision was taken on. */
  day: z.number().int(),
  subject: z.string(),
  method: z.string(),
  electorate: ElectorateSchema,
  decision: z.enum(['adopted', 'rejected', 'no-consensus']),
  announcement: AnnouncementSchema.nullable(),
  threshold: ThresholdSchema.nullable(),
  trail: TrailSchema,
  /** Per-member choices of a recorded vote, in the electorate's order (member codes, sorted); absent for secret ballots. */
  recorded: z.record(z.string(), VoteChoiceSchema).optional(),
});

const RoundSchema = z.object({
  ballot: z.number().int(),
  /** The ballot's key, as scripted results and the decisions' `ballot` name ballots (absent in results of earlier versions). */
  key: z.string().optional(),
  candidates: z.array(z.string()),
  electorate: ElectorateSchema,
  announcement: AnnouncementSchema,
  threshold: ThresholdSchema,
  outcome: z.string(),
  elected: z.array(z.string()),
  eliminated: z.array(z.string()),
  tieBreaks: z.array(z.object({ kind: z.string(), candidates: z.array(z.string()), drawn: z.string().optional(), purpose: z.string() })),
  trail: TrailSchema,
});

const SeatSchema = z.object({
  post: z.enum(['president', 'vice-president', 'delegate']),
  region: z.string(),
  holder: z.string(),
  member: z.string(),
  elected: z.number().int(),
  termEnds: z.number().int(),
});

export const RunResultSchema = z.object({
  format: z.literal('gasim/result@1'),
  scenario: z.object({ id: z.string(), title: z.string() }),
  seed: z.number().int(),
  rules: z.string(),
  session: z.object({ number: z.number().int(), city: z.string(), country: z.string(), days: z.array(z.string()) }),
  members: z.object({
    /** Members of the Organization at the close of the session. */
    total: z.number().int(),
    represented: z.number().int(),
    /** Members when the session opened (R1.4; the scenario's `members.membership`). */
    atOpening: z.number().int(),
    /** Applicants admitted during the session: the item and the region they sit in (R1.4, R9). */
    admitted: z.array(z.object({ code: z.string(), name: z.string(), region: z.string(), item: z.string() })),
  }),
  items: z.array(z.object({ number: z.number().int(), id: z.string(), day: z.number().int(), kind: z.string(), title: z.string(), status: z.string() })),
  decisions: z.array(DecisionSchema),
  elections: z.array(
    z.object({
      item: z.string(),
      /** The session day (1-based) the seat's election ended on. */
      day: z.number().int(),
      seat: z.number().int(),
      post: z.string(),
      region: z.string().nullable(),
      reopened: z.boolean(),
      /** Every nomination received for the item. */
      /** `familyName` ("WANG") and `displayName` ("WANG Yong") as ballots print them; absent in results of earlier versions. */
      candidates: z.array(z.object({ id: z.string(), name: z.string(), familyName: z.string().optional(), displayName: z.string().optional(), member: z.string() })),
      /** The seat's ballot paper as the Elections Board listed it: the valid nominees still standing (R4.6). */
      paper: z.array(z.string()),
      /** Nominees not on the paper, with the reason and the rule (R4.2–R4.6, R8.4, Q18). */
      excluded: z.array(z.object({ candidate: z.string(), reason: z.string(), rule: z.string() })),
      rounds: z.array(RoundSchema),
      elected: z.array(z.string()),
      vacant: z.number().int(),
      vacancyReason: z.string().nullable(),
    }),
  ),
  committee: z.array(SeatSchema),
  /** Every quorum check, when a quorum rule applies (Q1): to open a sitting, or before a decision on an item. */
  quorum: z.array(z.object({
    stage: z.enum(['open', 'decide']),
    day: z.number().int(),
    item: z.string().nullable(),
    present: z.number().int(),
    withVotingRights: z.number().int(),
    needed: z.number().int(),
    met: z.boolean(),
    text: z.string(),
  })),
  /** Scripted results (`voting.scripted[index]`) this run did not use, and why; empty with the scenario's own seed. */
  unusedScripts: z.array(z.object({ index: z.number().int(), reason: z.string() })),
});

export type RunResult = z.output<typeof RunResultSchema>;

function subjectLabel(subject: QuestionRecord): string {
  const s = subject.subject;
  switch (s.kind) {
    case 'proposal':
      return 'proposal';
    case 'amendment':
      return `amendment:${s.amendment}`;
    case 'additional-item':
      return `additional-item:${s.additional}`;
    case 'motion':
      return `motion:${s.motion}`;
    case 'appeal':
      return 'appeal';
    case 'election':
      return 'election';
  }
}

function electorateJson(e: Electorate): RunResult['decisions'][number]['electorate'] {
  return {
    entitled: [...e.entitled],
    excluded: e.excluded.map((x) => ({ member: x.code, reason: x.reason, rule: x.citation.rule, source: x.citation.source })),
  };
}

/** Projects the final context of a run onto the result schema (pure). */
export function toRunResult(ctx: SessionContext): RunResult {
  const { setup } = ctx;
  const decisions: RunResult['decisions'] = [];
  const elections: RunResult['elections'] = [];
  for (const r of recordsOf(ctx)) {
    const item = setup.items[r.item]!.id;
    if (r.kind === 'question') {
      decisions.push({
        ballot: r.ballot,
        item,
        day: r.day + 1,
        subject: subjectLabel(r),
        method: r.method,
        electorate: electorateJson(r.trace.electorate),
        decision: r.decision,
        announcement: r.result ? { ...r.result.announcement, counts: [...r.result.announcement.counts] } : null,
        threshold: r.result ? { ...r.result.threshold } : null,
        trail: r.result ? r.result.trail.map((t) => ({ citation: { ...t.citation }, text: t.text })) : [],
        ...(r.choices !== undefined ? { recorded: { ...recordedVotesOf(r) } } : {}),
      });
    } else {
      elections.push({
        item,
        day: r.day + 1,
        seat: r.seat,
        post: r.post,
        region: r.region,
        reopened: r.reopened,
        candidates: r.candidates.map((c) => ({ id: c.id, name: c.name, familyName: familyNameOf(c), displayName: displayNameOf(c), member: c.member })),
        paper: [...r.paper],
        excluded: r.excluded.map((x) => ({ ...x })),
        rounds: r.result.rounds.map((round, k) => ({
          ballot: round.ballot,
          key: r.ballots[k]!.key,
          candidates: [...round.candidates],
          electorate: electorateJson(r.ballots[k]!.electorate),
          announcement: { ...round.announcement, counts: [...round.announcement.counts] },
          threshold: { ...round.threshold },
          outcome: round.outcome,
          elected: [...round.elected],
          eliminated: [...round.eliminated],
          tieBreaks: round.tieBreaks.map((t) => ({ kind: t.kind, candidates: [...t.candidates], purpose: t.purpose, ...(t.drawn ? { drawn: t.drawn } : {}) })),
          trail: round.trail.map((t) => ({ citation: { ...t.citation }, text: t.text })),
        })),
        elected: [...r.result.elected],
        vacant: r.result.vacant,
        vacancyReason: r.result.vacancyReason,
      });
    }
  }
  return {
    format: 'gasim/result@1',
    scenario: { id: setup.scenarioId, title: setup.title },
    seed: ctx.seed,
    rules: setup.rules.name,
    session: { number: setup.sessionNumber, city: setup.venue.city, country: setup.venue.country, days: setup.days.map((d) => d.date) },
    members: {
      total: ctx.totalMembers,
      represented: ctx.standings.filter((s) => s.represented).length,
      atOpening: setup.totalMembers,
      admitted: admittedMembers(ctx),
    },
    items: setup.items.map((item, i) => ({ number: item.number, id: item.id, day: item.day + 1, kind: item.kind, title: titleOf(item), status: ctx.statuses[i]! })),
    decisions,
    elections,
    committee: ctx.committee.seats.map((s) => ({ ...s })),
    quorum: quorumChecksOf(ctx).map((q) => ({
      stage: q.stage,
      day: q.day + 1,
      item: q.item === null ? null : setup.items[q.item]!.id,
      present: q.check.present,
      withVotingRights: q.check.withVotingRights,
      needed: q.check.needed,
      met: q.check.met,
      text: q.check.text,
    })),
    unusedScripts: unusedScripts(ctx).map((u) => ({ index: u.index, reason: u.message })),
  };
}

/** The applicants admitted during the session, in the order of their admission (R1.4, Q24). */
function admittedMembers(ctx: SessionContext): RunResult['members']['admitted'] {
  return ctx.standings.flatMap((s) => {
    const item = s.admittedAtItem === null ? undefined : ctx.setup.items[s.admittedAtItem];
    if (item?.kind !== 'membership') return [];
    return [{ code: s.code, name: item.applicant.name, region: ctx.setup.regions[s.code] ?? '', item: item.id }];
  });
}
