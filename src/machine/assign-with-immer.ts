import { castDraft, Immer, type Draft } from 'immer';
import { assign } from 'xstate';
import { appended } from './append-only.js';
import type { ItemStatus, LogEntry, QuorumRecord, SessionContext, SessionRecord } from './context.js';
import type { SessionEvent } from './events.js';

// Auto-freeze off (principle 9): freezing every new object is most of immer's cost, and without
// it immer stops finalising a recipe as soon as it has seen every draft, untouched subtrees unwalked.
const immer = new Immer({ autoFreeze: false });

/** What a recipe appends to the context's growing lists, staged until the recipe ends. */
interface Appends {
  readonly log: LogEntry[];
  readonly records: SessionRecord[];
  readonly quorum: QuorumRecord[];
}

/** A recipe's staged writes: appends, and item statuses by index. */
interface Staged extends Appends {
  readonly statuses: Map<number, ItemStatus>;
}

const staged = new WeakMap<Draft<SessionContext>, Staged>();

function stagedFor(ctx: Draft<SessionContext>, what: string): Staged {
  const stage = staged.get(ctx);
  if (stage === undefined) throw new Error(`${what} outside produceContext: recipes receive the draft that produceContext stages writes for`);
  return stage;
}

/**
 * Appends to `log` or `records`. The lists only grow, so the recipe's additions are staged and
 * written once: pushing through immer's proxy would copy the list and walk every entry again.
 */
export function append<K extends keyof Appends>(ctx: Draft<SessionContext>, key: K, ...entries: Appends[K]): void {
  (stagedFor(ctx, `append(${key})`)[key] as unknown[]).push(...entries);
}

/**
 * Sets the status of agenda item `index`. Staged like the appends and written once as a new
 * frozen list: a write through immer's array proxy costs more than the procedure step itself.
 * The last status set for an item in a recipe wins.
 */
export function setStatus(ctx: Draft<SessionContext>, index: number, status: ItemStatus): void {
  stagedFor(ctx, 'setStatus').statuses.set(index, status);
}

/** Applies a recipe to the context: the single immer bridge (principle 9); recipes mutate the draft and return nothing. */
export function produceContext(context: SessionContext, recipe: (draft: Draft<SessionContext>) => void): SessionContext {
  return immer.produce(context, (draft) => {
    const stage: Staged = { log: [], records: [], quorum: [], statuses: new Map() };
    staged.set(draft, stage);
    recipe(draft);
    staged.delete(draft);
    if (stage.log.length > 0) draft.log = castDraft(appended(context.log, stage.log));
    if (stage.records.length > 0) draft.records = castDraft(appended(context.records, stage.records));
    if (stage.quorum.length > 0) draft.quorum = castDraft(appended(context.quorum, stage.quorum));
    if (stage.statuses.size > 0) {
      const statuses = [...context.statuses];
      for (const [index, status] of stage.statuses) statuses[index] = status;
      draft.statuses = castDraft(Object.freeze(statuses));
    }
  });
}

/** The same bridge as an xstate `assign` action. */
export function assignWithImmer<E extends SessionEvent>(recipe: (context: Draft<SessionContext>, event: E) => void) {
  return assign<SessionContext, SessionEvent, undefined, SessionEvent, never>(({ context, event }) =>
    produceContext(context, (draft) => recipe(draft, event as E)),
  );
}
