import { castDraft, Immer, isDraft, original, type Draft } from 'immer';
import { assign } from 'xstate';
import { appended, type AppendOnly } from './append-only.js';
import type { ItemStatus, LogEntry, QuorumRecord, SessionContext, SessionRecord } from './context.js';
import type { SessionEvent } from './events.js';

// Auto-freeze off (principle 9): freezing every new object is most of immer's cost, and without
// it immer stops finalising a recipe as soon as it has seen every draft, untouched subtrees unwalked.
// What a recipe puts in the draft whole (a record handle, a list of statuses) is frozen shallowly
// instead, so that immer does not walk into it either.
const immer = new Immer({ autoFreeze: false });

/** The record's lists (principle 9: append-only, shared by successive snapshots). */
interface Appends {
  readonly log: LogEntry;
  readonly records: SessionRecord;
  readonly quorum: QuorumRecord;
}

/** A value as the recipe found it: the base behind a draft, or what the recipe itself put there. */
const plain = <T>(value: T): T => (isDraft(value) ? (original(value as Draft<T>) as T) : value);

/**
 * Appends to one of the record's lists: the entries go on the shared list, never copied (see
 * `AppendOnly`); the draft gets the new handle, read from the base so that immer drafts nothing.
 */
export function append<K extends keyof Appends>(ctx: Draft<SessionContext>, key: K, ...entries: Appends[K][]): void {
  const list = plain(ctx[key]) as unknown as AppendOnly<Appends[K]>;
  (ctx as unknown as Record<K, AppendOnly<Appends[K]>>)[key] = appended(list, entries);
}

/** Sets the status of agenda item `index`: a fresh list of statuses, one write at the draft's root. */
export function setStatus(ctx: Draft<SessionContext>, index: number, status: ItemStatus): void {
  const statuses = [...plain(ctx.statuses)];
  statuses[index] = status;
  ctx.statuses = castDraft(Object.freeze(statuses)) as ItemStatus[];
}

/** Applies a recipe to the context: the single immer bridge (principle 9); recipes mutate the draft and return nothing. */
export function produceContext(context: SessionContext, recipe: (draft: Draft<SessionContext>) => void): SessionContext {
  return immer.produce(context, recipe);
}

/** The same bridge as an xstate `assign` action. */
export function assignWithImmer<E extends SessionEvent>(recipe: (context: Draft<SessionContext>, event: E) => void) {
  return assign<SessionContext, SessionEvent, undefined, SessionEvent, never>(({ context, event }) =>
    produceContext(context, (draft) => recipe(draft, event as E)),
  );
}
