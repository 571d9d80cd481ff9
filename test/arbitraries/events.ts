import fc from 'fast-check';
import type * as z from 'zod';
import { EVENT_SCHEMAS, EVENT_TYPES, type JournalEvent } from '../../src/machine/events.js';
import { IdSchema, MemberCodeSchema } from '../../src/scenario/common-schema.js';
import { arbitraryOf } from './from-schema.js';

/**
 * Any event of the session machine, derived from the events' own schemas (`EVENT_SCHEMAS`, issue
 * 15 item 4): a new event type or field is generated as soon as it is declared. Member codes and
 * ids are drawn from the scenario's (plus one that is not), so that events reach the rules rather
 * than stop at "not a member".
 */
export function journalEvent(names: { readonly members: readonly string[]; readonly ids: readonly string[] }): fc.Arbitrary<JournalEvent> {
  const overrides = new Map<z.ZodType, fc.Arbitrary<unknown>>([
    [MemberCodeSchema, fc.constantFrom(...names.members, 'XXX')],
    [IdSchema, fc.constantFrom(...names.ids, 'yes', 'no', 'nobody')],
  ]);
  return fc.oneof(...EVENT_TYPES.map((type) => arbitraryOf(EVENT_SCHEMAS[type], overrides) as fc.Arbitrary<JournalEvent>));
}
