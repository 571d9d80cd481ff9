import type { Committee, Post } from '../domain/election.js';
import type { MemberCode, Region } from '../domain/ids.js';
import type { MemberStanding } from '../domain/member.js';
import { MEMBERS } from '../registry/members.js';
import type { RuleSet } from '../rules/rule-set.js';
import { agendaEntries } from './agenda-entries.js';
import type { AgendaItem } from './agenda-schema.js';
import type { ScriptedBallot } from './behaviour-schema.js';
import { applicantRegion, organizationOf } from './membership.js';
import type { Scenario } from './schema.js';
import { nominationsOf, type Nomination } from './setup-nominations.js';
import { standingsOf } from './setup-standings.js';
import { scriptKey } from './script-key.js';
import { electoratesByDay, type DayElectorates } from '../rules/day-electorates.js';

/**
 * An agenda item with its place in the session. An urgent additional item (R5.5) carries the index
 * of the agenda-adoption item that proposes it: it is on the agenda only once that vote adopts it.
 */
export type SetupItem = AgendaItem & { readonly index: number; readonly day: number; readonly number: number; readonly proposedBy?: number };

/**
 * The static part of a session, derived once from a checked scenario: everything the machine
 * reads but never changes. Plain data, so that it can sit in context and be compared.
 */
export interface SessionSetup {
  readonly scenarioId: string;
  readonly title: string;
  readonly sessionNumber: number;
  readonly venue: { readonly city: string; readonly country: MemberCode };
  readonly year: number;
  readonly days: readonly { readonly date: string; readonly label: string | null; readonly items: readonly number[] }[];
  readonly items: readonly SetupItem[];
  readonly totalMembers: number;
  readonly standings: readonly MemberStanding[];
  /** Who may vote each day under `standings` (R2.1, R2.3, R2.8), computed once per setup. */
  readonly electorates: readonly DayElectorates[];
  readonly regions: Readonly<Record<MemberCode, Region>>;
  readonly nominations: Readonly<Record<string, readonly Nomination[]>>;
  readonly committee: Committee;
  readonly rules: RuleSet;
  /** The scenario's scripted results (`voting.scripted`), each with the key of the ballot it designates. */
  readonly scripts: readonly { readonly key: string; readonly entry: ScriptedBallot }[];
  /** Credentials disputes and the President's rulings (R5.6), in scenario order. */
  readonly credentialRulings: readonly { readonly member: MemberCode; readonly ruling: 'accepted' | 'refused' }[];
  /** Observers admitted to the session (R5.11), as the minutes list them. */
  readonly observers: readonly { readonly name: string; readonly kind: 'applicant' | 'organization' | 'adviser' }[];
}

/** Derives the static session setup from a scenario that passed both loading stages. */
export function createSessionSetup(scenario: Scenario): SessionSetup {
  const regions: Record<MemberCode, Region> = {};
  for (const m of MEMBERS) regions[m.iso3] = scenario.members.regionOverrides[m.iso3] ?? m.region;
  const items: SetupItem[] = [];
  const proposers = new Map<string, number>();
  const additional = agendaEntries(scenario).filter((e) => e.proposedBy !== undefined);
  const days = scenario.session.days.map((day, d) => {
    const place = (item: AgendaItem, proposedBy?: number) => {
      items.push({ ...item, index: items.length, day: d, number: items.length + 1, ...(proposedBy === undefined ? {} : { proposedBy }) });
      if (item.kind === 'agenda-adoption') proposers.set(item.id, items.length - 1);
      return items.length - 1;
    };
    // additional items taken up this day go after its items, before a closing item (R5.5)
    const closing = day.items.length - [...day.items].reverse().findIndex((item) => item.kind !== 'closing');
    const upTo = closing > day.items.length ? 0 : closing;
    const indexes = day.items.slice(0, upTo).map((item) => place(item));
    for (const entry of additional) if (entry.date === day.date) indexes.push(place(entry.item, proposers.get(entry.proposedBy!)));
    indexes.push(...day.items.slice(upTo).map((item) => place(item)));
    return { date: day.date, label: day.label ?? null, items: indexes };
  });
  const opening = scenario.session.days[0]!.date;
  // an applicant sits in its own region once admitted (R9): the scenario's, else the registry's
  for (const item of scenario.session.days.flatMap((d) => d.items)) {
    if (item.kind !== 'membership') continue;
    const region = applicantRegion(item.applicant, scenario);
    if (region === undefined) throw new Error(`createSessionSetup: applicant ${item.applicant.code} has no region; check the scenario first (scenario/applicant-region)`);
    regions[item.applicant.code] = region;
  }
  const organization = organizationOf(scenario);
  if (organization.unresolved !== undefined) throw new Error(`createSessionSetup: ${organization.unresolved}; check the scenario first (scenario/membership)`);
  const members = [...organization.members].sort();
  const standings = standingsOf(scenario, members);
  return {
    scenarioId: scenario.id,
    title: scenario.title,
    sessionNumber: scenario.session.number,
    venue: scenario.session.venue,
    year: Number(opening.slice(0, 4)),
    days,
    items,
    totalMembers: members.length,
    standings,
    electorates: electoratesByDay(standings, scenario.rules, days.length),
    regions,
    nominations: nominationsOf(scenario, regions, opening),
    committee: { seats: scenario.committee.map((s) => ({ ...s, post: s.post as Post })) },
    rules: scenario.rules,
    scripts: scenario.voting.scripted.map((entry) => ({ key: scriptKey(entry), entry })),
    credentialRulings: scenario.members.credentials.disputed,
    observers: scenario.members.observers.map((o) => ({ name: o.name, kind: o.kind })),
  };
}
