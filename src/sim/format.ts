import { surnameOf } from '../domain/person-name.js';
import type { Candidate, Post } from '../domain/election.js';
import type { Region } from '../domain/ids.js';
import type { Electorate } from '../domain/member.js';
import { memberByCode } from '../registry/members.js';
import { exclusionWords } from '../rules/voting-rights.js';

/** "93rd", "1st", "112th". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Monday 24 November 2025" from an ISO date (no clock involved). */
export function longDate(iso: string, weekday: boolean): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${weekday ? `${WEEKDAYS[day]} ` : ''}${d} ${MONTHS[m - 1]} ${y}`;
}

const REGION_NAMES: Record<Region, string> = { AFRICA: 'Africa', AMERICAS: 'the Americas', ASIA: 'Asia', EUROPE: 'Europe' };

/** "Africa", "the Americas", … */
export function regionName(region: Region): string {
  return REGION_NAMES[region];
}

/** "President", "Vice-President for Asia", "Delegate for Europe". */
export function postTitle(post: Post, region: Region | null): string {
  if (post === 'president') return 'President';
  const title = post === 'vice-president' ? 'Vice-President' : 'Delegate';
  return region ? `${title} for ${regionName(region)}` : title;
}

/** "PHILIPPE (FRA)": the surname in capitals and the member code, as ballots are announced. */
export function candidateLabel(candidate: Pick<Candidate, 'name' | 'member'>): string {
  return `${surnameOf(candidate.name)} (${candidate.member})`;
}

/** "24–27 November 2025", or the two full dates when the month or year differs. */
export function dateRange(first: string, last: string): string {
  if (first === last) return longDate(first, false);
  const [a, b] = [longDate(first, false), longDate(last, false)];
  return first.slice(0, 7) === last.slice(0, 7) ? `${a.split(' ')[0]}–${b}` : `${a} – ${b}`;
}

/**
 * "Members without a vote (25): not represented at the session (R2.1): Afghanistan, …; voting
 * rights suspended for arrears (R8.1): …", read from a ballot's frozen electorate.
 */
export function describeExclusions(electorate: Electorate): string {
  if (electorate.excluded.length === 0) return 'Every member of the Organization could vote.';
  const groups = new Map<string, string[]>();
  for (const x of electorate.excluded) {
    const key = `${exclusionWords(x.reason)} (${x.citation.rule})`;
    groups.set(key, [...(groups.get(key) ?? []), memberByCode(x.code)?.name ?? x.code]);
  }
  const parts = [...groups].map(([why, names]) => `${why}: ${names.join(', ')}`);
  return `Members without a vote (${electorate.excluded.length}): ${parts.join('; ')}.`;
}

/**
 * What the record says of an item that ended without a vote or an election, by its status; an item without a
 * record whose status is not here was noted ("The Assembly took note."). The Markdown minutes and the HTML
 * report both read it.
 */
export const ITEM_WITHOUT_RECORD: Partial<Record<string, string>> = {
  pending: 'Not taken up.',
  deferred: 'Deferred.',
  'not-held': 'Not held: no seat of this kind fell vacant (Q7).',
  proposed: 'Proposed as an additional item; the Assembly did not vote on placing it on the agenda (R5.5).',
  'not-included': 'Not placed on the agenda: the proposal to add it did not obtain two-thirds (R5.5).',
};
