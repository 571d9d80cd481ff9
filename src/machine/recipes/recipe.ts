import { produceContext, type ContextDraft } from '../context-update.js';
import type { SessionContext } from '../context.js';
import type { SessionEvent } from '../events.js';

/**
 * A recipe: what an accepted event does to the context. It replaces fields of the draft's root and
 * reads from `base`, the context before the event (principle 9). The statechart's actions and the
 * headless `chair.takeItem` run the same recipes (issue 15).
 */
export type Recipe<T extends SessionEvent['type']> = (ctx: ContextDraft, event: Extract<SessionEvent, { type: T }>, base: SessionContext) => void;

/** Declares the recipe of events of type `_type` (the type is for the reader and the checker). */
export function on<T extends SessionEvent['type']>(_type: T | readonly T[], recipe: Recipe<T>): Recipe<T> {
  return recipe;
}

/** Applies the recipe of an accepted event: one pass that also counts the event (`seq`, what the journal numbers) and clears the last rejection. */
export function applyAccepted<T extends SessionEvent['type']>(context: SessionContext, event: Extract<SessionEvent, { type: T }>, recipe: Recipe<T>): SessionContext {
  return produceContext(context, (draft) => {
    draft.seq += 1;
    draft.lastRejection = null;
    recipe(draft, event, context);
  });
}
