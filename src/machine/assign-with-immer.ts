import { Immer, type Draft } from 'immer';
import { assign } from 'xstate';
import type { SessionContext } from './context.js';
import type { SessionEvent } from './events.js';

// Auto-freeze stays on: besides protecting snapshots, a frozen subtree is skipped when immer
// finalises a recipe; without it every event would walk the whole context (measured: ~10x slower).
const immer = new Immer({ autoFreeze: true });

/** The single immer bridge (principle 9): a recipe mutates the draft and returns nothing. */
export function assignWithImmer<E extends SessionEvent>(
  recipe: (context: Draft<SessionContext>, event: E) => void,
) {
  return assign<SessionContext, SessionEvent, undefined, SessionEvent, never>(({ context, event }) =>
    immer.produce(context, (draft) => {
      recipe(draft, event as E);
    }),
  );
}

/** Applies a recipe outside the machine (selectors' what-ifs, tests). */
export function produceContext(context: SessionContext, recipe: (draft: Draft<SessionContext>) => void): SessionContext {
  return immer.produce(context, (draft) => {
    recipe(draft);
  });
}
