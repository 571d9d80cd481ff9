import { castDraft, freeze, Immer, type Draft } from 'immer';
import { assign } from 'xstate';
import type { LogEntry, SessionContext, SessionRecord } from './context.js';
import type { SessionEvent } from './events.js';

// Auto-freeze stays on: besides protecting snapshots, a frozen subtree is skipped when immer
// finalises a recipe; without it every event would walk the whole context (measured: ~10x slower).
const immer = new Immer({ autoFreeze: true });

/** What a recipe appends to the context's growing lists, staged until the recipe ends. */
interface Appends {
  readonly log: LogEntry[];
  readonly records: SessionRecord[];
}

const staged = new WeakMap<Draft<SessionContext>, Appends>();

/**
 * Appends to `log` or `records`. The lists only grow, so the recipe's additions are staged and
 * written once, as a new frozen list: pushing through immer's proxy would copy the list and walk
 * every entry again on each event. Entries are deep-frozen here, once.
 */
export function append<K extends keyof Appends>(ctx: Draft<SessionContext>, key: K, ...entries: Appends[K]): void {
  const appends = staged.get(ctx);
  if (appends === undefined) throw new Error(`append(${key}) outside produceContext: recipes receive the draft that produceContext stages appends for`);
  for (const entry of entries) (appends[key] as unknown[]).push(freeze(entry, true));
}

/** Applies a recipe to the context: the single immer bridge (principle 9); recipes mutate the draft and return nothing. */
export function produceContext(context: SessionContext, recipe: (draft: Draft<SessionContext>) => void): SessionContext {
  return immer.produce(context, (draft) => {
    const appends: Appends = { log: [], records: [] };
    staged.set(draft, appends);
    recipe(draft);
    staged.delete(draft);
    if (appends.log.length > 0) draft.log = castDraft(Object.freeze([...context.log, ...appends.log]) as LogEntry[]);
    if (appends.records.length > 0) draft.records = castDraft(Object.freeze([...context.records, ...appends.records]) as SessionRecord[]);
  });
}

/** The same bridge as an xstate `assign` action. */
export function assignWithImmer<E extends SessionEvent>(recipe: (context: Draft<SessionContext>, event: E) => void) {
  return assign<SessionContext, SessionEvent, undefined, SessionEvent, never>(({ context, event }) =>
    produceContext(context, (draft) => recipe(draft, event as E)),
  );
}
