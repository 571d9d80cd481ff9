import { memberByCode } from '../registry/members.js';
import type { Phase } from '../machine/autopilot.js';
import type { SessionContext } from '../machine/context.js';
import { titleOf } from '../scenario/agenda-items.js';
import { recordsOf } from '../record/record.js';
import type { AgendaItemView, AgendaView, HeaderView } from './view-model.js';

const SHORT_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${SHORT_DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${d} ${SHORT_MONTHS[m - 1]} ${y}`;
}

const SITTINGS: Partial<Record<Phase, string>> = {
  preSession: 'before the opening',
  adjourned: 'adjourned',
  closed: 'session closed',
  suspended: 'sitting suspended',
};

/** The header line: session, venue, day and date, and the state of the sitting. */
export function selectHeader(ctx: SessionContext, phase: Phase): HeaderView {
  const day = ctx.setup.days[ctx.day]!;
  const country = memberByCode(ctx.setup.venue.country)?.name ?? ctx.setup.venue.country;
  return {
    sessionNumber: ctx.setup.sessionNumber,
    venue: `${ctx.setup.venue.city}, ${country}`,
    dayNumber: ctx.day + 1,
    dayCount: ctx.setup.days.length,
    dateLabel: shortDate(day.date),
    sitting: SITTINGS[phase] ?? day.label ?? 'plenary',
  };
}

/** The day's agenda with each item's status; the item under way (`inItem`: the snapshot's `item-open` tag) is marked current. */
export function selectAgenda(ctx: SessionContext, inItem: boolean): AgendaView {
  const itemView = (i: number, day: number): AgendaItemView => {
    const item = ctx.setup.items[i]!;
    const current = inItem && i === ctx.item;
    // an election between two ballots is not debated: say where it stands
    const voted = (ctx.election?.item === i && (ctx.election.progress?.rounds.length ?? 0) > 0) || recordsOf(ctx).some((r) => r.kind === 'election' && r.item === i);
    const between = current && item.kind === 'election' && ctx.statuses[i] === 'in-debate' && ctx.ballot === null && voted;
    return { id: item.id, number: String(item.number), title: titleOf(item), status: ctx.statuses[i]!, current, dayNumber: day + 1, ...(between ? { note: 'between ballots' } : {}) };
  };
  return {
    dayNumber: ctx.day + 1,
    items: ctx.setup.days[ctx.day]!.items.map((i) => itemView(i, ctx.day)),
    session: ctx.setup.days.flatMap((d, day) => d.items.map((i) => itemView(i, day))),
  };
}
