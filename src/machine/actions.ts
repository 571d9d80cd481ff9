import { assign } from 'xstate';
import { produceContext, setStatus } from './context-update.js';
import type { SessionContext } from './context.js';
import type { SessionEvent } from './events.js';
import { log } from './procedure/log.js';
import { ballotRecipes } from './recipes/ballot.js';
import { applyAccepted, type Recipe } from './recipes/recipe.js';
import { sittingRecipes } from './recipes/sitting.js';

/** Every recipe of an accepted event, by the name of the statechart's action that runs it. */
export const recipes = { ...sittingRecipes, ...ballotRecipes };

type Action = ReturnType<typeof assign<SessionContext, SessionEvent, undefined, SessionEvent, never>>;

/** Wraps a recipe as the named action of an accepted event. */
function act<T extends SessionEvent['type']>(recipe: Recipe<T>): Action {
  return assign(({ context, event }) => applyAccepted(context, event as Extract<SessionEvent, { type: T }>, recipe));
}

/** Wraps a recipe for an eventless step (a transient state's follow-up), which counts nothing. */
function also(recipe: (ctx: Parameters<Recipe<SessionEvent['type']>>[0], base: SessionContext) => void): Action {
  return assign(({ context }) => produceContext(context, (draft) => recipe(draft, context)));
}

const accepted = Object.fromEntries(Object.entries(recipes).map(([name, recipe]) => [name, act(recipe as Recipe<SessionEvent['type']>)])) as Record<keyof typeof recipes, Action>;

/** Named actions: verbs that apply a rules-core result to context (principle 7). */
export const actions = {
  ...accepted,
  /**
   * A whole agenda item in one event (`chair.takeItem`, headless runs only): the engine of a
   * headless run provides it with the voters (`createEngine`, take-item.ts). Here it does nothing:
   * without voters the chart's guard `canTakeWholeItem` refuses the event before it runs.
   */
  takeItem: assign<SessionContext, SessionEvent, undefined, SessionEvent, never>(({ context }) => context),
  deferItem: also((ctx, base) => {
    setStatus(ctx, base.item, 'deferred');
    ctx.election = null;
    ctx.motions = [];
    log(ctx, 'Debate adjourned: the item is deferred (R6.4)');
  }),
  deferRestOfDay: also((ctx, base) => {
    for (const i of base.setup.days[base.day]!.items) if (base.statuses[i] === 'pending' || i === base.item) setStatus(ctx, i, 'deferred');
    ctx.election = null;
    ctx.motions = [];
    log(ctx, 'Sitting adjourned: the remaining items of the day are deferred (R6.4)');
  }),
};
