import { castDraft, type Draft } from 'immer';
import { assign } from 'xstate';
import { committeeAfterSession } from '../rules/committee.js';
import { nextMotionToPut } from '../rules/motions.js';
import { produceContext } from './assign-with-immer.js';
import type { ItemStatus, SessionContext } from './context.js';
import type { SessionEvent } from './events.js';
import { createBallot, decideQuestionBallot } from './procedure/ballots.js';
import { applyProposalDecision } from './procedure/effects.js';
import { beginElection, decideElectionBallot, nextPaper, withdraw } from './procedure/elections.js';
import { questionOf, titleOf } from './procedure/items.js';
import { log, reject } from './procedure/log.js';
import { applyAmendmentDecision, beginAmendments, nextQuestionSubject } from './procedure/questions.js';
import { nextPendingItem, rejectionFor, type Where } from './procedure/validate.js';

/** For actions that apply whatever the event. */
const ANY_EVENT: SessionEvent['type'][] = [];

type Recipe<T extends SessionEvent['type']> = (ctx: Draft<SessionContext>, event: Extract<SessionEvent, { type: T }>) => void;

/** Wraps a recipe as a named xstate action over the context (the single immer bridge). */
function act<T extends SessionEvent['type']>(_type: T | T[], recipe: Recipe<T>) {
  return assign<SessionContext, SessionEvent, undefined, SessionEvent, never>(({ context, event }) =>
    produceContext(context, (draft) => recipe(draft, event as Extract<SessionEvent, { type: T }>)),
  );
}

function closeItemStatus(ctx: Draft<SessionContext>): void {
  const item = ctx.setup.items[ctx.item]!;
  if (item.kind === 'election') {
    const records = ctx.records.filter((r) => r.kind === 'election' && r.item === ctx.item);
    const elected = records.some((r) => r.kind === 'election' && r.result.elected.length > 0);
    ctx.statuses[ctx.item] = records.length === 0 ? 'not-held' : elected ? 'elected' : 'vacant';
    ctx.election = null;
  } else if (questionOf(item) === null) {
    ctx.statuses[ctx.item] = 'noted';
  }
  ctx.motions = [];
  ctx.debateClosed = false;
  log(ctx, `Item ${item.number} closed: ${titleOf(item)}`);
}

/** The item's status once a ballot closes: its proposal's decision if taken, else still in debate. */
function statusAfterBallot(ctx: Draft<SessionContext>): ItemStatus {
  const proposal = ctx.records.filter((r) => r.kind === 'question' && r.item === ctx.item && r.subject.kind === 'proposal').at(-1);
  return proposal?.kind === 'question' && proposal.decision !== 'no-consensus' ? proposal.decision : 'in-debate';
}

/** Named actions: verbs that apply a rules-core result to context (principle 7). */
export const actions = {
  count: act(ANY_EVENT, (ctx) => {
    ctx.seq += 1;
    ctx.lastRejection = null;
  }),
  reject: assign<SessionContext, SessionEvent, { where: Where }, SessionEvent, never>(({ context, event }, params) =>
    produceContext(context, (draft) => {
      const rejection = rejectionFor(context, event, params.where);
      if (rejection) reject(draft, rejection);
    }),
  ),
  rejectUnexpected: act(ANY_EVENT, (ctx, event) =>
    reject(ctx, { code: 'event/not-allowed', event: event.type, message: `${event.type} is not in order at this point of the procedure` }),
  ),
  openSession: act('chair.openSession', (ctx) => log(ctx, `Session ${ctx.setup.sessionNumber} opened`)),
  openItem: act('chair.openItem', (ctx) => {
    ctx.item = nextPendingItem(ctx as SessionContext)!;
    ctx.statuses[ctx.item] = 'in-debate';
    const item = ctx.setup.items[ctx.item]!;
    log(ctx, `Item ${item.number} opened: ${titleOf(item)}`);
    beginAmendments(ctx);
    if (item.kind === 'election') beginElection(ctx);
  }),
  closeItem: act('chair.closeItem', (ctx) => closeItemStatus(ctx)),
  decideCredentials: act('chair.decideCredentials', (ctx, event) => {
    const standing = ctx.standings.find((s) => s.code === event.member)!;
    standing.credentials = event.ruling;
    log(ctx, `Credentials of ${event.member} ${event.ruling} by the President (R5.6)`);
  }),
  openBallot: act('chair.putToVote', (ctx, event) => {
    const item = ctx.setup.items[ctx.item]!;
    if (item.kind === 'election') {
      const election = ctx.election!;
      const ballot = (election.progress?.seatBallot ?? 0) + 1;
      ctx.ballot = castDraft(createBallot(ctx as SessionContext, { kind: 'election', seat: election.target + 1, ballot }, 'secret', nextPaper(ctx as SessionContext)));
    } else {
      ctx.ballot = castDraft(createBallot(ctx as SessionContext, nextQuestionSubject(ctx as SessionContext)!, event.method));
    }
    ctx.statuses[ctx.item] = 'voting';
  }),
  castVote: act('delegation.castVote', (ctx, event) => {
    const ballot = ctx.appeal ?? ctx.ballot!;
    ballot.votes[event.member] = event.choice;
  }),
  castBallot: act('delegation.castBallot', (ctx, event) => {
    const ballot = ctx.appeal ?? ctx.ballot!;
    Object.assign(ballot.votes, event.votes);
  }),
  reportCount: act('tellers.reportCount', (ctx, event) => {
    const ballot = ctx.appeal ?? ctx.ballot!;
    ballot.counts = { counts: { ...event.counts }, abstain: event.abstain, invalid: event.invalid };
  }),
  objectToConsensus: act('delegation.objectToConsensus', (ctx, event) => {
    ctx.ballot!.objections.push(event.member);
  }),
  closeBallot: act('chair.closeBallot', (ctx) => {
    const ballot = ctx.ballot! as SessionContext['ballot'] & object;
    ctx.ballot = null;
    // a later ballot (an additional item, a motion) must not undo the proposal's decided status
    ctx.statuses[ctx.item] = statusAfterBallot(ctx);
    if (ballot.subject.kind === 'election') return decideElectionBallot(ctx, ballot);
    const record = decideQuestionBallot(ctx, ballot);
    if (ballot.subject.kind === 'motion') ctx.motions = ctx.motions.filter((m) => m.motion !== (ballot.subject as { motion: string }).motion);
    if (ballot.subject.kind === 'motion' && ballot.subject.motion === 'close-debate' && record.decision === 'adopted') ctx.debateClosed = true;
    applyAmendmentDecision(ctx, record);
    applyProposalDecision(ctx, record);
  }),
  queueMotion: act('delegation.moveMotion', (ctx, event) => {
    ctx.motions.push({ motion: event.motion, member: event.member });
    log(ctx, `${event.member} moves to ${event.motion.replace('-', ' ')} (R6.4)`);
  }),
  openMotionBallot: act('chair.putMotion', (ctx) => {
    const motion = nextMotionToPut(ctx.motions.map((m) => m.motion))!;
    ctx.ballot = castDraft(createBallot(ctx as SessionContext, { kind: 'motion', motion: motion as never }, 'electronic-recorded'));
  }),
  resumeSitting: act('chair.resumeSitting', (ctx) => {
    ctx.pointOfOrder = null;
    log(ctx, 'The sitting resumes');
  }),
  raisePointOfOrder: act('delegation.raisePointOfOrder', (ctx, event) => {
    ctx.pointOfOrder = { member: event.member, aboutVoting: event.aboutVoting, ruling: null };
    log(ctx, `Point of order raised by ${event.member} (R6.2)`);
  }),
  ruleOnPointOfOrder: act('chair.ruleOnPointOfOrder', (ctx, event) => {
    ctx.pointOfOrder!.ruling = event.ruling;
    log(ctx, `The President rules the point of order ${event.ruling} (R6.2)`);
  }),
  openAppealBallot: act('delegation.appeal', (ctx, event) => {
    ctx.appeal = castDraft(createBallot(ctx as SessionContext, { kind: 'appeal' }, 'electronic-recorded'));
    log(ctx, `${event.member} appeals against the ruling; the Assembly votes at once (R2.9)`);
  }),
  closeAppealBallot: act('chair.closeBallot', (ctx) => {
    const appeal = ctx.appeal!;
    ctx.appeal = null;
    ctx.pointOfOrder = null;
    decideQuestionBallot(ctx, appeal);
  }),
  withdrawCandidate: act('delegation.withdrawCandidate', (ctx, event) => withdraw(ctx, event.candidate)),
  deferItem: act(ANY_EVENT, (ctx) => {
    ctx.statuses[ctx.item] = 'deferred';
    ctx.election = null;
    ctx.motions = [];
    log(ctx, 'Debate adjourned: the item is deferred (R6.4)');
  }),
  deferRestOfDay: act(ANY_EVENT, (ctx) => {
    for (const i of ctx.setup.days[ctx.day]!.items) if (ctx.statuses[i] === 'pending' || i === ctx.item) ctx.statuses[i] = 'deferred';
    ctx.election = null;
    ctx.motions = [];
    log(ctx, 'Sitting adjourned: the remaining items of the day are deferred (R6.4)');
  }),
  adjournDay: act('chair.adjournDay', (ctx) => log(ctx, `Day ${ctx.day + 1} adjourned`)),
  openDay: act('chair.openDay', (ctx) => {
    ctx.day += 1;
    log(ctx, `Day ${ctx.day + 1} opened (${ctx.setup.days[ctx.day]!.date})`);
  }),
  closeSession: act('chair.closeSession', (ctx) => {
    ctx.committee = committeeAfterSession(ctx.committee as never, ctx.setup.year) as never;
    log(ctx, 'Session closed; the newly elected members take office (R1.9, RPGA Art 49(1))');
  }),
};
