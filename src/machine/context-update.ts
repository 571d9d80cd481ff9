import { appended, type AppendOnly } from '../record/append-only.js';
import type { ItemStatus } from '../domain/agenda.js';
import type { SessionContext } from './context.js';
import type { LogEntry, QuorumRecord, SessionRecord } from '../record/record.js';

/** A value no recipe may change in place: what a recipe changes, it replaces at the context's root. */
type Frozen<T> = T extends (infer U)[] ? readonly Frozen<U>[] : T extends object ? { readonly [K in keyof T]: Frozen<T[K]> } : T;

/**
 * What a recipe writes to (principle 9): a plain copy of the context's root whose fields it may
 * replace, never change in place (the type says so), so that the values shared with the snapshot
 * before the event stay as they were. No proxies and no walk of the result: an event costs one
 * copy of the root's ~30 fields, and what a field holds is shared until a recipe replaces it.
 */
export type ContextDraft = { -readonly [K in keyof SessionContext]: Frozen<SessionContext[K]> };

/** The record's lists (principle 9: append-only, shared by successive snapshots). */
interface Appends {
  readonly log: LogEntry;
  readonly records: SessionRecord;
  readonly quorum: QuorumRecord;
}

/** Appends to one of the record's lists: the entries go on the shared list, never copied (see `AppendOnly`). */
export function append<K extends keyof Appends>(ctx: ContextDraft, key: K, ...entries: Appends[K][]): void {
  (ctx as unknown as Record<K, AppendOnly<Appends[K]>>)[key] = appended(ctx[key] as unknown as AppendOnly<Appends[K]>, entries);
}

/** Sets the status of agenda item `index`: a fresh list of statuses (the same list when the status is unchanged). */
export function setStatus(ctx: ContextDraft, index: number, status: ItemStatus): void {
  if (ctx.statuses[index] === status) return;
  const statuses = ctx.statuses.slice();
  statuses[index] = status;
  ctx.statuses = statuses;
}

/** Applies a recipe to the context: the single bridge from recipes to the machine's `assign` (principle 9). */
export function produceContext(context: SessionContext, recipe: (draft: ContextDraft) => void): SessionContext {
  const draft = copyRoot(context);
  recipe(draft);
  return draft as SessionContext;
}

/**
 * The context's root copied field by field: one object of one shape, allocated whole (a spread of
 * xstate's `Object.assign`-built root grows its storage). A field missing or extra does not compile.
 */
function copyRoot(c: SessionContext): ContextDraft {
  return {
    setup: c.setup, seed: c.seed, rng: c.rng, day: c.day, item: c.item, statuses: c.statuses, standings: c.standings,
    electorates: c.electorates, totalMembers: c.totalMembers, committee: c.committee, reopened: c.reopened, ballot: c.ballot,
    appeal: c.appeal, election: c.election, amendments: c.amendments, motions: c.motions, carried: c.carried,
    debateClosed: c.debateClosed, pointOfOrder: c.pointOfOrder, records: c.records, quorum: c.quorum, log: c.log,
    lastRejection: c.lastRejection, rejections: c.rejections, seq: c.seq,
  } satisfies Required<SessionContext>;
}
