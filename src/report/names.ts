import { REGIONS, type Region } from '../domain/ids.js';
import type { Post } from '../domain/election.js';
import { memberByCode } from '../registry/members.js';
import { ITEM_WITHOUT_RECORD, longDate, postTitle, regionName } from '../sim/format.js';

/**
 * Words for what the JSON holds as ids and enum values: a report names members, candidates, posts
 * and outcomes the way a person reads them. An unknown value (from a newer gasim) shows as it is.
 */

/** "France" for `FRA`. */
export function memberName(code: string): string {
  return memberByCode(code)?.name ?? code;
}

function isRegion(value: string | null): value is Region {
  return value !== null && (REGIONS as readonly string[]).includes(value);
}

/** "Europe", "the Americas". */
export function regionLabel(region: string): string {
  return isRegion(region) ? regionName(region) : region;
}

/** "President", "Vice-President for Asia", "Delegate for Africa". */
export function postLabel(post: string, region: string | null): string {
  const known = post === 'president' || post === 'vice-president' || post === 'delegate';
  return known ? postTitle(post as Post, isRegion(region) ? region : null) : post;
}

/** "Lucas Philippe (France)". */
export function personLabel(name: string, member: string): string {
  return `${name} (${memberName(member)})`;
}

const OUTCOMES: Readonly<Record<string, string>> = {
  elected: 'elected',
  'no-majority': 'no majority',
  tie: 'tie',
  rejected: 'rejected',
  vacant: 'seat left vacant',
};

/** The outcome of an election ballot in words. */
export function outcomeLabel(outcome: string): string {
  return OUTCOMES[outcome] ?? outcome;
}

const STATUSES: Readonly<Record<string, string>> = {
  noted: 'The Assembly took note.',
  adopted: 'Adopted.',
  rejected: 'Rejected.',
  elected: 'Elections held.',
};

/** The status of an agenda item at the end of the session, in the minutes' words (a sentence). */
export function statusLabel(status: string): string {
  return ITEM_WITHOUT_RECORD[status] ?? STATUSES[status] ?? `${status}.`;
}

const METHODS: Readonly<Record<string, string>> = {
  'electronic-recorded': 'electronic recorded vote',
  secret: 'secret ballot',
  'show-of-hands': 'show of hands',
  'roll-call': 'roll call in French alphabetical order',
  consensus: 'by consensus',
};

/** How a question was voted on, in words. */
export function methodLabel(method: string): string {
  return METHODS[method] ?? method;
}

const MOTIONS: Readonly<Record<string, string>> = {
  suspend: 'Motion to suspend the sitting',
  'adjourn-sitting': 'Motion to adjourn the sitting',
  'adjourn-debate': 'Motion to adjourn the debate',
  'close-debate': 'Motion to close the debate',
};

/**
 * What a decision was about: the JSON's `subject` (`proposal`, `amendment:<id>`, `motion:<kind>`,
 * …) in words. Amendments and additional items are numbered in the order they were voted on
 * (`nth`), since the result carries only their ids.
 */
export function subjectLabel(subject: string, nth: number): string | null {
  const [kind, detail = ''] = subject.split(':', 2) as [string, string?];
  if (kind === 'proposal') return null;
  if (kind === 'amendment') return `Amendment ${nth}`;
  if (kind === 'additional-item') return `Additional item ${nth}`;
  if (kind === 'motion') return MOTIONS[detail] ?? 'Procedural motion';
  if (kind === 'appeal') return 'Appeal against the ruling of the President';
  if (kind === 'election') return 'Election';
  return 'Question';
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** "Monday 24 November 2025" for an ISO date; anything else as it is. */
export function dateLabel(date: string, weekday = true): string {
  return ISO_DATE.test(date) ? longDate(date, weekday) : date;
}

const WITHOUT_A_VOTE: Readonly<Record<string, string>> = {
  'not-represented': 'not represented',
  absent: 'absent',
  'credentials-refused': 'credentials refused',
  arrears: 'in arrears',
  'admitted-later': 'admitted after the vote',
};

/**
 * "26 Members without a vote: 17 not represented, 9 in arrears (R8.1)": who could not vote in a
 * ballot, counted by reason with the rule, from the record's electorate; null when everyone could.
 */
export function withoutAVote(excluded: readonly { readonly reason: string; readonly rule: string }[]): string | null {
  if (excluded.length === 0) return null;
  const groups = new Map<string, { count: number; rules: Set<string> }>();
  for (const x of excluded) {
    const group = groups.get(x.reason) ?? { count: 0, rules: new Set<string>() };
    group.count += 1;
    if (x.rule) group.rules.add(x.rule);
    groups.set(x.reason, group);
  }
  const parts = [...groups].map(([reason, g]) => `${g.count} ${WITHOUT_A_VOTE[reason] ?? reason}${g.rules.size > 0 ? ` (${[...g.rules].join(', ')})` : ''}`);
  return `${excluded.length} Member${excluded.length === 1 ? '' : 's'} without a vote: ${parts.join(', ')}`;
}
