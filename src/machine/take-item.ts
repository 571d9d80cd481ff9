import type { BallotRequest } from '../domain/ballot-request.js';
import { recipes } from './actions.js';
import { ballotRequestOf, itemStep } from './autopilot.js';
import type { SessionContext } from './context.js';
import type { SessionEvent } from './events.js';
import { guards } from './guards.js';
import { rejectionFor, type Where } from './procedure/validate.js';
import { applyAccepted, type Recipe } from './recipes/recipe.js';
import { MAX_SESSION_EVENTS, sessionDoesNotEndAt } from './session-limit.js';

/** How the voters answer a ballot request in the run of `seed`: supplied by the sim layer to a headless engine. */
export type Voters = (request: BallotRequest, seed: number) => SessionEvent;

/** One of the item's own events, under the guard its state in the chart would ask, then its recipe. */
function step<T extends SessionEvent['type']>(ctx: SessionContext, event: Extract<SessionEvent, { type: T }>, where: Where, recipe: Recipe<T>): SessionContext {
  // the cap of every driver, in accepted events: the item stops where event-by-event runs stop
  if (ctx.seq >= MAX_SESSION_EVENTS) throw sessionDoesNotEndAt(ctx);
  const rejection = rejectionFor(ctx, event, where);
  if (rejection) throw new Error(`chair.takeItem: the procedure refused ${event.type} (${rejection.code}: ${rejection.message})`);
  return applyAccepted(ctx, event, recipe);
}

const guardArgs = (context: SessionContext, event: SessionEvent) => ({ context, event });

/**
 * The whole of the next agenda item, as `chair.takeItem` takes it (headless runs): the item's own
 * events in the order the statechart allows them from `floor` (item → debate → voting → counted →
 * announced → … → floor), each under the same guards and through the same recipe as when it is
 * sent on its own, with the chair's choices of the autopilot (`itemStep`) and the voters' answers.
 * Every event counts in `seq` as it would alone, so the context, log and record come out exactly
 * as the item's events would leave them (tested against them for every scenario). Motions and
 * points of order are never moved in a headless run, so the item never leaves this course.
 */
export function takeItem(context: SessionContext, voters: Voters): SessionContext {
  let ctx = step(context, { type: 'chair.openItem' }, 'floor', recipes.openItem);
  let where: 'debate' | 'voting' | 'announced' = 'debate';
  for (;;) {
    if (where === 'voting') {
      // the voters answer the ballot once (a consensus has nothing to ask), then the chair closes it
      const request = ballotRequestOf(ctx);
      if (request !== null) {
        const answer = voters(request, ctx.seed);
        if (answer.type === 'delegation.castBallot') ctx = step(ctx, answer, 'voting', recipes.castBallot);
        else if (answer.type === 'tellers.reportCount') ctx = step(ctx, answer, 'voting', recipes.reportCount);
        else throw new Error(`chair.takeItem: the voters answered ${answer.type}, not a ballot`);
      }
      const close = { type: 'chair.closeBallot' } as const;
      ctx = step(ctx, close, 'voting', recipes.closeBallot);
      // the transient `counted` state: only an adopted motion leaves the item's course
      if (guards.isSuspensionAdopted(guardArgs(ctx, close)) || guards.isSittingAdjourned(guardArgs(ctx, close)) || guards.isDebateAdjourned(guardArgs(ctx, close))) {
        throw new Error('chair.takeItem: a motion was adopted, which a headless run never moves');
      }
      where = 'announced';
      continue;
    }
    const next = itemStep(ctx, where);
    switch (next.type) {
      case 'chair.decideCredentials':
        ctx = step(ctx, next, where, recipes.decideCredentials);
        break;
      case 'chair.putToVote':
        // without a quorum the item is set aside (Q1) and the chair is back on the floor
        if (!guards.hasQuorumToDecide(guardArgs(ctx, next))) return step(ctx, next, where, recipes.takeNoDecision);
        ctx = step(ctx, next, where, recipes.openBallot);
        where = 'voting';
        break;
      case 'chair.closeItem':
        return step(ctx, next, where, recipes.closeItem);
      default:
        throw new Error(`chair.takeItem: ${next.type} is never sent in a headless run`);
    }
  }
}
