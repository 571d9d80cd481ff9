import type { AgendaItem } from './agenda-schema.js';
import type { Scenario } from './schema.js';

/** An agenda item with its document path and the date of its day. */
export interface AgendaEntry {
  readonly item: AgendaItem;
  readonly path: (string | number)[];
  readonly date: string;
}

/** Every item of the agenda in order, with where it sits in the file. */
export function agendaEntries(scenario: Scenario): AgendaEntry[] {
  return scenario.session.days.flatMap((day, d) =>
    day.items.map((item, i) => ({ item, path: ['session', 'days', d, 'items', i], date: day.date })),
  );
}
