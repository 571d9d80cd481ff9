import type { CheckContext } from './check-context.js';
import { formatPath } from './scenario-problem.js';
import { agendaEntries } from './agenda-entries.js';

const DAY_MS = 86_400_000;

/** Session days strictly increase within one year; item, amendment and candidate ids are unique. */
export function checkSession(ctx: CheckContext): void {
  const days = ctx.scenario.session.days;
  days.forEach((day, i) => {
    const previous = days[i - 1];
    if (previous !== undefined && day.date <= previous.date)
      ctx.report('scenario/date-outside-session', ['session', 'days', i, 'date'], `day ${day.date} does not come after the previous day ${previous.date}`, { hint: 'list the session days in order, one date per day' });
    else if (Date.parse(day.date) - Date.parse(days[0]!.date) > 365 * DAY_MS)
      ctx.report('scenario/date-outside-session', ['session', 'days', i, 'date'], `day ${day.date} is more than a year after the opening ${days[0]!.date}`, { hint: 'a session lasts days, not years; check the year' });
  });
  const seen = new Map<string, string>();
  const dates = new Set(days.map((d) => d.date));
  for (const { item, path, date, proposedBy } of agendaEntries(ctx.scenario)) {
    const claim = (id: string, idPath: (string | number)[], what: string) => {
      const first = seen.get(id);
      if (first !== undefined) ctx.report('scenario/duplicate-id', idPath, `${what} id '${id}' is already used by ${first}`, { hint: 'give every item, additional item and amendment its own id' });
      else seen.set(id, formatPath(idPath.slice(0, -1)));
    };
    claim(item.id, [...path, 'id'], proposedBy === undefined ? 'item' : 'additional item');
    if (proposedBy !== undefined) checkTakenUp(ctx, path, date, dates);
    if (item.kind === 'resolution' || item.kind === 'regulation-amendment') {
      const ids = new Set(item.amendments.map((a) => a.id));
      item.amendments.forEach((a, j) => {
        claim(a.id, [...path, 'amendments', j, 'id'], 'amendment');
        a.excludes.forEach((x, k) => {
          if (!ids.has(x)) ctx.report('scenario/unknown-item', [...path, 'amendments', j, 'excludes', k], `amendment '${x}' is not an amendment of item '${item.id}'`, { hint: `the amendments are: ${[...ids].join(', ')}` });
        });
      });
    }
  }
}

/** An additional item is taken up on a session day, not before the agenda that adds it (R5.5). */
function checkTakenUp(ctx: CheckContext, path: (string | number)[], date: string, days: ReadonlySet<string>): void {
  const agendaDay = ctx.scenario.session.days[path[2] as number]!.date;
  if (!days.has(date))
    ctx.report('scenario/date-outside-session', [...path, 'takenUpOn'], `additional item taken up on ${date}, which is not a day of the session`, { hint: `use one of: ${[...days].join(', ')}` });
  else if (date < agendaDay)
    ctx.report('scenario/date-outside-session', [...path, 'takenUpOn'], `additional item taken up on ${date}, before the agenda that adds it is adopted on ${agendaDay}`, { hint: 'take it up on the day of the adoption or later (R5.5)' });
}
