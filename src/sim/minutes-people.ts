import type { Candidate, Committee, Seat } from '../domain/election.js';
import { REGIONS, type Region } from '../domain/ids.js';
import type { Electorate } from '../domain/member.js';
import { displayNameOf, withNames } from '../domain/person-name.js';
import type { SessionContext } from '../machine/context.js';
import { memberByCode } from '../registry/members.js';
import { exclusionWords } from '../rules/voting-rights.js';
import { postTitle, regionName } from './format.js';

/**
 * The people in the minutes: members by their names, candidates by their display names, who
 * attended, whose credentials were refused or disputed, who could not vote in a ballot and why,
 * and the Committee with its vacancies and outgoing members. Read from the record only.
 */

/** "France" for FRA; an applicant admitted during the session by the name its item gives. */
export function memberName(ctx: SessionContext, code: string): string {
  const known = memberByCode(code)?.name;
  if (known) return known;
  const applicant = ctx.setup.items.find((i) => i.kind === 'membership' && i.applicant.code === code);
  return applicant?.kind === 'membership' ? applicant.applicant.name : code;
}

/**
 * A rule's explanation in words a person reads: candidates' ids by their display names and member
 * codes ("BRA has its voting rights suspended") by the members' names.
 */
export function inWords(ctx: SessionContext, text: string, candidates: readonly Candidate[]): string {
  return withNames(text, candidates).replace(/\b[A-Z]{3}\b/g, (code) => (memberByCode(code) ? memberName(ctx, code) : code));
}

/** Member names in English alphabetical order, joined. */
export function memberList(ctx: SessionContext, codes: readonly string[]): string {
  return codes.map((c) => memberName(ctx, c)).sort((a, b) => a.localeCompare(b, 'en')).join(', ');
}

/** "PHILIPPE Lucas (France)". */
export function candidateWords(ctx: SessionContext, candidate: Candidate): string {
  return `${displayNameOf(candidate)} (${memberName(ctx, candidate.member)})`;
}

/** Attendance and credentials for the whole session, said under the Credentials Bureau's report (R2.1, R5.6, R5.11). */
export function credentialsLines(ctx: SessionContext): string[] {
  const opening = ctx.setup.standings;
  const final = new Map(ctx.standings.map((s) => [s.code, s]));
  const represented = opening.filter((s) => s.represented);
  const absent = opening.filter((s) => !s.represented).map((s) => s.code);
  const refused = represented.filter((s) => s.credentials === 'refused').map((s) => s.code);
  const disputed = opening.filter((s) => s.credentials === 'disputed');
  const accepted = represented.length - refused.length - disputed.length;
  const lines = [
    `Members of the Organization at the opening: ${opening.length}. Represented: ${represented.length}. Not represented (${absent.length}): ${absent.length > 0 ? memberList(ctx, absent) : 'none'} (R2.1).`,
    '',
    `Credentials accepted: ${accepted}. Credentials refused (${refused.length}): ${refused.length > 0 ? `${memberList(ctx, refused)}; these delegations attend as observers without a vote` : 'none'} (R5.6).`,
  ];
  if (disputed.length > 0) {
    const rulings = disputed.map((s) => {
      const ruling = final.get(s.code)?.credentials;
      const words = ruling === 'accepted' ? 'accepted by the President' : ruling === 'refused' ? 'refused by the President' : 'not ruled on';
      return `${memberName(ctx, s.code)}, ${words}`;
    });
    lines.push('', `Credentials disputed (${disputed.length}): ${rulings.join('; ')} (R5.6).`);
  } else lines.push('', 'Credentials disputed: none (R5.6).');
  const observers = ctx.setup.observers;
  lines.push('', `Observers (${observers.length}): ${observers.length > 0 ? observers.map((o) => o.name).join(', ') : 'none'} (R5.11).`);
  return lines;
}

/** Who attended on day `day` (0-based): the represented delegations less those absent that day (R2.3, Q1). */
export function attendanceLine(ctx: SessionContext, day: number): string {
  const represented = ctx.standings.filter((s) => s.represented && (s.admittedAtItem === null || ctx.setup.items[s.admittedAtItem]!.day <= day));
  const away = represented.filter((s) => s.absentDays.includes(day)).map((s) => s.code);
  const present = represented.length - away.length;
  const refused = represented.filter((s) => s.credentials === 'refused' && !s.absentDays.includes(day)).length;
  const seated = `${present} Member delegation${present === 1 ? '' : 's'} present`;
  const absentWords = away.length > 0 ? `; absent this day (${away.length}): ${memberList(ctx, away)}` : '; no represented delegation absent';
  return `Attendance: ${seated}${refused > 0 ? `, ${refused} of them without accepted credentials` : ''}${absentWords}.`;
}

/** Where an electorate's list of names was first given, so that later ballots refer to it. */
export interface Said {
  readonly lists: { readonly electorate: Electorate; readonly where: string }[];
}

function sameExclusions(a: Electorate, b: Electorate): boolean {
  return a === b || (a.excluded.length === b.excluded.length && a.excluded.every((x, i) => x.code === b.excluded[i]!.code && x.reason === b.excluded[i]!.reason));
}

/**
 * The members without a vote in one ballot, with the reason and the rule, read from the ballot's
 * frozen electorate (R2.1, R2.8): named in full the first time a list occurs, then counted by
 * reason with a reference to where it was named.
 */
export function withoutAVoteLine(ctx: SessionContext, electorate: Electorate, where: string, said: Said): string {
  const n = electorate.excluded.length;
  if (n === 0) return `Every member of the Organization could vote (${electorate.entitled.length} entitled).`;
  const groups = new Map<string, { why: string; rule: string; codes: string[] }>();
  for (const x of electorate.excluded) {
    const key = `${x.reason} ${x.citation.rule}`;
    const group = groups.get(key) ?? { why: exclusionWords(x.reason), rule: x.citation.rule, codes: [] };
    group.codes.push(x.code);
    groups.set(key, group);
  }
  const earlier = said.lists.find((l) => sameExclusions(l.electorate, electorate));
  if (earlier) {
    const counts = [...groups.values()].map((g) => `${g.why}, ${g.codes.length} (${g.rule})`).join('; ');
    return `Members without a vote (${n}): ${counts}; named under ${earlier.where}.`;
  }
  said.lists.push({ electorate, where });
  const parts = [...groups.values()].map((g) => `${g.why} (${g.codes.length}, ${g.rule}): ${memberList(ctx, g.codes)}`);
  return `Members without a vote (${n}): ${parts.join('; ')}.`;
}

const POST_ORDER = { president: 0, 'vice-president': 1, delegate: 2 } as const;
function seatOrder(a: Seat, b: Seat): number {
  return POST_ORDER[a.post] - POST_ORDER[b.post] || a.region.localeCompare(b.region) || a.holder.localeCompare(b.holder);
}

function sameSeat(a: Seat, b: Seat): boolean {
  return a.post === b.post && a.region === b.region && a.holder === b.holder && a.member === b.member;
}

/** Seats the Committee lacks, each with how many: the President, a Vice-President per continent not holding the presidency, Delegates per region (R1.5, R1.6, R9.3). */
function vacancies(committee: Committee, delegateSeats: Readonly<Record<Region, number>>): { words: string; seats: number }[] {
  const seats = committee.seats;
  const out: { words: string; seats: number }[] = [];
  if (!seats.some((s) => s.post === 'president')) out.push({ words: 'President', seats: 1 });
  const presidency = new Set(seats.filter((s) => s.post !== 'delegate').map((s) => s.region));
  const vps = 3 - seats.filter((s) => s.post === 'vice-president').length;
  if (vps > 0) {
    const open = REGIONS.filter((r) => !presidency.has(r));
    if (open.length > 0 && open.length <= vps) out.push(...open.map((r) => ({ words: postTitle('vice-president', r), seats: 1 })));
    else out.push({ words: `${vps === 1 ? 'one seat' : `${vps} seats`} of Vice-President`, seats: vps });
  }
  for (const region of REGIONS) {
    const missing = delegateSeats[region] - seats.filter((s) => s.post === 'delegate' && s.region === region).length;
    if (missing > 0) out.push({ words: `${missing === 1 ? 'one seat' : `${missing} seats`} of Delegate for ${regionName(region)}`, seats: missing });
  }
  return out;
}

/** The Committee after the session, its vacant seats and the members who leave it (R1.5, R1.9, R9.3). */
export function committeeLines(ctx: SessionContext): string[] {
  const lines = ['| Post | Holder | Member | Region | Term |', '|---|---|---|---|---|'];
  for (const s of [...ctx.committee.seats].sort(seatOrder)) {
    lines.push(`| ${postTitle(s.post, s.region)} | ${s.holder} | ${memberName(ctx, s.member)} | ${regionName(s.region)} | ${s.elected}–${s.termEnds} |`);
  }
  const vacant = vacancies(ctx.committee, ctx.setup.rules.elections.delegateSeats);
  const count = vacant.reduce((n, v) => n + v.seats, 0);
  lines.push('', `Vacant seats (${count}): ${count > 0 ? vacant.map((v) => v.words).join('; ') : 'none'}.`);
  const leaving = [...ctx.setup.committee.seats].sort(seatOrder).filter((s) => !ctx.committee.seats.some((t) => sameSeat(s, t)));
  const words = leaving.map((s) => {
    const moved = ctx.committee.seats.find((t) => t.holder === s.holder && t.member === s.member);
    const why = moved ? `elected ${postTitle(moved.post, moved.post === 'president' ? null : moved.region)}` : s.termEnds <= ctx.setup.year ? `term ended ${s.termEnds}` : 'seat vacated';
    return `${s.holder} (${memberName(ctx, s.member)}), ${postTitle(s.post, s.post === 'president' ? null : s.region)}: ${why}`;
  });
  lines.push('', `Outgoing members (${leaving.length}): ${words.length > 0 ? words.join('; ') : 'none'} (R1.9).`);
  return lines;
}
