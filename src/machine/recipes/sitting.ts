import { committeeAfterSession } from '../../rules/committee.js';
import { setStatus, type ContextDraft } from '../context-update.js';
import type { SessionContext } from '../context.js';
import { standingsChanged } from '../procedure/electorates.js';
import { beginElection, withdraw } from '../procedure/elections.js';
import { questionOf, titleOf } from '../../scenario/agenda-items.js';
import { log } from '../procedure/log.js';
import { recordQuorum, setAsideWithoutQuorum, takeNoDecision } from '../procedure/quorum.js';
import { beginAmendments } from '../procedure/questions.js';
import { nextPendingItem } from '../procedure/validate.js';
import { recordsOf } from '../../record/record.js';
import { on } from './recipe.js';

function closeItemStatus(ctx: ContextDraft, base: SessionContext): void {
  const item = base.setup.items[base.item]!;
  if (item.kind === 'election') {
    const records = recordsOf(base).filter((r) => r.kind === 'election' && r.item === base.item);
    const elected = records.some((r) => r.kind === 'election' && r.result.elected.length > 0);
    setStatus(ctx, base.item, records.length === 0 ? 'not-held' : elected ? 'elected' : 'vacant');
    ctx.election = null;
  } else if (questionOf(item) === null) {
    setStatus(ctx, base.item, 'noted');
  }
  ctx.motions = [];
  ctx.debateClosed = false;
  log(ctx, `Item ${item.number} closed: ${titleOf(item)}`);
}

/**
 * A sitting that cannot open for want of a quorum (Q1): the check goes on the record and the day's
 * items, with any carried over to it, are carried over again or deferred; the day is adjourned.
 */
function sittingWithoutQuorum(ctx: ContextDraft, base: SessionContext, day: number): void {
  log(ctx, `Day ${day + 1} (${base.setup.days[day]!.date}): the sitting cannot open`);
  recordQuorum(ctx, base, 'open', day, null);
  const carried = base.carried.filter((c) => base.statuses[c.item] === 'carried-over').map((c) => c.item);
  const today = base.setup.days[day]!.items.filter((i) => base.statuses[i] === 'pending');
  ctx.carried = [];
  setAsideWithoutQuorum(ctx, base, [...carried, ...today], day);
}

/** The recipes of the sitting: the session, its days, agenda items, motions and points of order. */
export const sittingRecipes = {
  openSession: on('chair.openSession', (ctx, _event, base) => {
    log(ctx, `Session ${base.setup.sessionNumber} opened`);
    recordQuorum(ctx, base, 'open', 0, null);
  }),
  openSessionWithoutQuorum: on('chair.openSession', (ctx, _event, base) => sittingWithoutQuorum(ctx, base, 0)),
  openItem: on('chair.openItem', (ctx, _event, base) => {
    ctx.item = nextPendingItem(base)!;
    ctx.carried = ctx.carried.filter((c) => c.item !== ctx.item);
    setStatus(ctx, ctx.item, 'in-debate');
    const item = base.setup.items[ctx.item]!;
    log(ctx, `Item ${item.number} opened: ${titleOf(item)}`);
    beginAmendments(ctx, base);
    if (item.kind === 'election') beginElection(ctx, { ...base, item: ctx.item });
  }),
  closeItem: on('chair.closeItem', (ctx, _event, base) => closeItemStatus(ctx, base)),
  decideCredentials: on('chair.decideCredentials', (ctx, event) => {
    ctx.standings = ctx.standings.map((s) => (s.code === event.member ? { ...s, credentials: event.ruling } : s));
    standingsChanged(ctx);
    log(ctx, `Credentials of ${event.member} ${event.ruling} by the President (R5.6)`);
  }),
  queueMotion: on('delegation.moveMotion', (ctx, event) => {
    ctx.motions = [...ctx.motions, { motion: event.motion, member: event.member }];
    log(ctx, `${event.member} moves to ${event.motion.replace('-', ' ')} (R6.4)`);
  }),
  takeNoDecision: on(['chair.putToVote', 'chair.putMotion'], (ctx, _event, base) => takeNoDecision(ctx, base)),
  resumeSitting: on('chair.resumeSitting', (ctx) => {
    ctx.pointOfOrder = null;
    log(ctx, 'The sitting resumes');
  }),
  raisePointOfOrder: on('delegation.raisePointOfOrder', (ctx, event) => {
    ctx.pointOfOrder = { member: event.member, aboutVoting: event.aboutVoting, ruling: null };
    log(ctx, `Point of order raised by ${event.member} (R6.2)`);
  }),
  ruleOnPointOfOrder: on('chair.ruleOnPointOfOrder', (ctx, event) => {
    ctx.pointOfOrder = { ...ctx.pointOfOrder!, ruling: event.ruling };
    log(ctx, `The President rules the point of order ${event.ruling} (R6.2)`);
  }),
  appealLapses: on('delegation.appeal', (ctx, event, base) => {
    recordQuorum(ctx, base, 'decide', base.day, base.item);
    ctx.pointOfOrder = null;
    log(ctx, `${event.member} appeals against the ruling, but without a quorum the Assembly cannot decide: the ruling stands (R2.9, Q1)`);
  }),
  withdrawCandidate: on('delegation.withdrawCandidate', (ctx, event, base) => withdraw(ctx, base, event.candidate)),
  adjournDay: on('chair.adjournDay', (ctx) => log(ctx, `Day ${ctx.day + 1} adjourned`)),
  openDay: on('chair.openDay', (ctx, _event, base) => {
    ctx.day += 1;
    log(ctx, `Day ${ctx.day + 1} opened (${base.setup.days[ctx.day]!.date})`);
    recordQuorum(ctx, base, 'open', ctx.day, null);
  }),
  openDayWithoutQuorum: on('chair.openDay', (ctx, _event, base) => {
    ctx.day += 1;
    sittingWithoutQuorum(ctx, base, ctx.day);
  }),
  closeSession: on('chair.closeSession', (ctx, _event, base) => {
    for (const c of base.carried) setStatus(ctx, c.item, 'deferred');
    ctx.carried = [];
    ctx.committee = committeeAfterSession(base.committee, base.setup.year);
    log(ctx, 'Session closed; the newly elected members take office (R1.9, RPGA Art 49(1))');
  }),
};
