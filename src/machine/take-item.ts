import type { AnyStateNode } from 'xstate';
import type { BallotRequest } from '../domain/ballot-request.js';
import { recipes } from './actions.js';
import { ballotRequestOf, itemStep } from './autopilot.js';
import type { SessionContext } from './context.js';
import type { SessionEvent } from './events.js';
import { checksOf, guards, rejectionOf } from './guards.js';
import { CHECKS } from './legality.js';
import { applyAccepted, type Recipe } from './recipes/recipe.js';
import { MAX_SESSION_EVENTS, sessionDoesNotEndAt } from './session-limit.js';
import { sessionMachine } from './session-machine.js';

/** How the voters answer a ballot request in the run of `seed`: supplied by the sim layer to a headless engine. */
export type Voters = (request: BallotRequest, seed: number) => SessionEvent;

/** The states an item passes through, as the chart names them. */
const FLOOR = sessionMachine.getStateNodeById('session.sitting.floor');
const DEBATE = sessionMachine.getStateNodeById('session.sitting.item.proceedings.debate');
const VOTING = sessionMachine.getStateNodeById('session.sitting.item.proceedings.voting');
const ANNOUNCED = sessionMachine.getStateNodeById('session.sitting.item.proceedings.announced');

/** Whether the state takes the event now: every condition of its transition holds (what `snapshot.can` asks of this state). */
function allows(node: AnyStateNode, ctx: SessionContext, event: SessionEvent): boolean {
  const checks = checksOf(node, event.type);
  const asked = { context: ctx, event };
  return checks !== null && checks.every((name) => CHECKS[name].holds(asked));
}

/** One of the item's own events in the state the chart would be in: its conditions, then its recipe. */
function step<T extends SessionEvent['type']>(node: AnyStateNode, ctx: SessionContext, event: Extract<SessionEvent, { type: T }>, recipe: Recipe<T>): SessionContext {
  // the cap of every driver, in accepted events: the item stops where event-by-event runs stop
  if (ctx.seq >= MAX_SESSION_EVENTS) throw sessionDoesNotEndAt(ctx);
  if (!allows(node, ctx, event)) {
    const rejection = rejectionOf([node], ctx, event);
    throw new Error(`chair.takeItem: the procedure refused ${event.type} (${rejection.code}: ${rejection.message})`);
  }
  return applyAccepted(ctx, event, recipe);
}

/**
 * The whole of the next agenda item, as `chair.takeItem` takes it (headless runs): the item's own
 * events in the order the statechart allows them from `floor` (item → debate → voting → counted →
 * announced → … → floor), each under the conditions of its transition in the chart and through the
 * same recipe as when it is sent on its own, with the chair's choices of the autopilot (`itemStep`)
 * and the voters' answers. Every event counts in `seq` as it would alone, so the context, log and
 * record come out exactly as the item's events would leave them (tested against them for every
 * scenario). Motions and points of order are never moved in a headless run, so the item never
 * leaves this course.
 */
export function takeItem(context: SessionContext, voters: Voters): SessionContext {
  let ctx = step(FLOOR, context, { type: 'chair.openItem' }, recipes.openItem);
  let node = DEBATE;
  for (;;) {
    if (node === VOTING) {
      // the voters answer the ballot once (a consensus has nothing to ask), then the chair closes it
      const request = ballotRequestOf(ctx);
      if (request !== null) {
        const answer = voters(request, ctx.seed);
        if (answer.type === 'delegation.castBallot') ctx = step(VOTING, ctx, answer, recipes.castBallot);
        else if (answer.type === 'tellers.reportCount') ctx = step(VOTING, ctx, answer, recipes.reportCount);
        else throw new Error(`chair.takeItem: the voters answered ${answer.type}, not a ballot`);
      }
      const close = { type: 'chair.closeBallot' } as const;
      ctx = step(VOTING, ctx, close, recipes.closeBallot);
      // the transient `counted` state: only an adopted motion leaves the item's course
      const counted = { context: ctx, event: close };
      if (guards.isSuspensionAdopted(counted) || guards.isSittingAdjourned(counted) || guards.isDebateAdjourned(counted)) {
        throw new Error('chair.takeItem: a motion was adopted, which a headless run never moves');
      }
      node = ANNOUNCED;
      continue;
    }
    const here = node;
    const next = itemStep(ctx, (event) => allows(here, ctx, event));
    switch (next.type) {
      case 'chair.decideCredentials':
        ctx = step(node, ctx, next, recipes.decideCredentials);
        break;
      case 'chair.putToVote':
        // without a quorum the item is set aside (Q1) and the chair is back on the floor
        if (!guards.hasQuorumToDecide({ context: ctx, event: next })) return step(node, ctx, next, recipes.takeNoDecision);
        ctx = step(node, ctx, next, recipes.openBallot);
        node = VOTING;
        break;
      case 'chair.closeItem':
        return step(node, ctx, next, recipes.closeItem);
      default:
        throw new Error(`chair.takeItem: ${next.type} is never sent in a headless run`);
    }
  }
}
