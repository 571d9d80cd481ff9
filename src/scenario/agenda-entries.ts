import type { AgendaItem } from './agenda-schema.js';
import type { Scenario } from './schema.js';

/** An agenda item with its document path and the date of its day. */
export interface AgendaEntry {
  readonly item: AgendaItem;
  readonly path: (string | number)[];
  readonly date: string;
  /** For an urgent additional item (R5.5): the id of the agenda-adoption item that proposes it. */
  readonly proposedBy?: string;
}

/**
 * Every item of the agenda in order, with where it sits in the file. An urgent additional item
 * (R5.5) follows the day's items as the draft resolution it becomes once adopted, dated the day
 * it is taken up on.
 */
export function agendaEntries(scenario: Scenario): AgendaEntry[] {
  const entries = scenario.session.days.flatMap((day, d) =>
    day.items.map((item, i): AgendaEntry => ({ item, path: ['session', 'days', d, 'items', i], date: day.date })),
  );
  const additional = entries.flatMap(({ item, path, date }) =>
    item.kind === 'agenda-adoption'
      ? item.additionalItems.map((a, j): AgendaEntry => {
          const { takenUpOn, ...rest } = a;
          return { item: { ...rest, kind: 'resolution' }, path: [...path, 'additionalItems', j], date: takenUpOn ?? date, proposedBy: item.id };
        })
      : [],
  );
  return [...entries, ...additional];
}
