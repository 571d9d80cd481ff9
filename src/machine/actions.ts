import { freeze } from 'immer';
import type { MemberCode } from '../domain/ids.js';
import { assign } from 'xstate';
import { committeeAfterSession } from '../rules/committee.js';
import { nextMotionToPut } from '../rules/motions.js';
import { produceContext, setStatus, type ContextDraft } from './context-update.js';
import type { ItemStatus, OpenBallot, SessionContext } from './context.js';
import type { SessionEvent } from './events.js';
import { createBallot } from './procedure/ballots.js';
import { decideQuestionBallot } from './procedure/decisions.js';
import { applyProposalDecision } from './procedure/effects.js';
import { standingsChanged } from './procedure/electorates.js';
import { beginElection, decideElectionBallot, nextPaper, withdraw } from './procedure/elections.js';
import { questionOf, titleOf } from '../scenario/agenda-items.js';
import { log } from './procedure/log.js';
import { recordQuorum, setAsideWithoutQuorum, takeNoDecision } from './procedure/quorum.js';
import { applyAmendmentDecision, beginAmendments, nextQuestionSubject } from './procedure/questions.js';
import { nextPendingItem } from './procedure/validate.js';
import { recordsOf } from './record.js';

/** A recipe replaces fields of the draft's root and reads from `base`, the context before the event. */
type Recipe<T extends SessionEvent['type']> = (ctx: ContextDraft, event: Extract<SessionEvent, { type: T }>, base: SessionContext) => void;

/**
 * Wraps a recipe as the named action of an accepted event: one pass that also counts the
 * event (`seq`, what the journal numbers) and clears the last rejection.
 */
function act<T extends SessionEvent['type']>(_type: T | T[], recipe: Recipe<T>) {
  return assign<SessionContext, SessionEvent, undefined, SessionEvent, never>(({ context, event }) =>
    produceContext(context, (draft) => {
      draft.seq += 1;
      draft.lastRejection = null;
      recipe(draft, event as Extract<SessionEvent, { type: T }>, context);
    }),
  );
}

/** Wraps a recipe for an eventless step (a transient state's follow-up), which counts nothing. */
function also(recipe: Recipe<SessionEvent['type']>) {
  return assign<SessionContext, SessionEvent, undefined, SessionEvent, never>(({ context, event }) =>
    produceContext(context, (draft) => recipe(draft, event, context)),
  );
}

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

/** The item's status once a ballot closes: its proposal's decision if taken, else still in debate. */
function statusAfterBallot(ctx: SessionContext): ItemStatus {
  const proposal = recordsOf(ctx).filter((r) => r.kind === 'question' && r.item === ctx.item && r.subject.kind === 'proposal').at(-1);
  return proposal?.kind === 'question' && proposal.decision !== 'no-consensus' ? proposal.decision : 'in-debate';
}

/**
 * Replaces the open ballot (the appeal's while one is open) with a frozen copy carrying `change`:
 * one write at the root of the draft (the ballot before it stays as it was, for the snapshot before).
 */
function changeOpenBallot(ctx: ContextDraft, base: SessionContext, change: Partial<Pick<OpenBallot, 'votes' | 'counts' | 'script'>>): void {
  const next = (Object.freeze({ ...(base.appeal ?? base.ballot)!, ...change }));
  if (base.appeal) ctx.appeal = next;
  else ctx.ballot = next;
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

/** Named actions: verbs that apply a rules-core result to context (principle 7). */
export const actions = {
  openSession: act('chair.openSession', (ctx, _event, base) => {
    log(ctx, `Session ${base.setup.sessionNumber} opened`);
    recordQuorum(ctx, base, 'open', 0, null);
  }),
  openSessionWithoutQuorum: act('chair.openSession', (ctx, _event, base) => sittingWithoutQuorum(ctx, base, 0)),
  openItem: act('chair.openItem', (ctx, _event, base) => {
    ctx.item = nextPendingItem(base)!;
    ctx.carried = ctx.carried.filter((c) => c.item !== ctx.item);
    setStatus(ctx, ctx.item, 'in-debate');
    const item = base.setup.items[ctx.item]!;
    log(ctx, `Item ${item.number} opened: ${titleOf(item)}`);
    beginAmendments(ctx, base);
    if (item.kind === 'election') beginElection(ctx, { ...base, item: ctx.item });
  }),
  closeItem: act('chair.closeItem', (ctx, _event, base) => closeItemStatus(ctx, base)),
  decideCredentials: act('chair.decideCredentials', (ctx, event) => {
    ctx.standings = ctx.standings.map((s) => (s.code === event.member ? { ...s, credentials: event.ruling } : s));
    standingsChanged(ctx);
    log(ctx, `Credentials of ${event.member} ${event.ruling} by the President (R5.6)`);
  }),
  openBallot: act('chair.putToVote', (ctx, event, base) => {
    recordQuorum(ctx, base, 'decide', base.day, base.item);
    const item = base.setup.items[base.item]!;
    if (item.kind === 'election') {
      const election = base.election!;
      const ballot = (election.progress?.seatBallot ?? 0) + 1;
      ctx.ballot = (createBallot(base, { kind: 'election', seat: election.target + 1, ballot }, 'secret', nextPaper(base)));
    } else {
      ctx.ballot = (createBallot(base, nextQuestionSubject(base)!, event.method));
    }
    setStatus(ctx, base.item, 'voting');
  }),
  castVote: act('delegation.castVote', (ctx, event, base) => {
    const open = (base.appeal ?? base.ballot)!;
    changeOpenBallot(ctx, base, { votes: Object.freeze({ ...open.votes, [event.member]: event.choice }) });
  }),
  castBallot: act('delegation.castBallot', (ctx, event, base) => {
    // one frozen copy of the merged votes; the
    // first batch of a ballot is taken as it is when the voter already froze it
    const before = (base.appeal ?? base.ballot)!.votes;
    const first = Object.keys(before).length === 0 && Object.isFrozen(event.votes);
    changeOpenBallot(ctx, base, { votes: first ? event.votes : Object.freeze({ ...before, ...event.votes }), script: event.script ?? null });
  }),
  reportCount: act('tellers.reportCount', (ctx, event, base) => {
    changeOpenBallot(ctx, base, { counts: freeze({ counts: { ...event.counts }, abstain: event.abstain, invalid: event.invalid }, true), script: event.script ?? null });
  }),
  objectToConsensus: act('delegation.objectToConsensus', (ctx, event, base) => {
    // only the Assembly's own ballot is decided by consensus; an appeal is always voted (R2.9)
    const ballot = base.ballot!;
    ctx.ballot = (Object.freeze({ ...ballot, objections: Object.freeze([...ballot.objections, event.member]) as MemberCode[] }));
  }),
  closeBallot: act('chair.closeBallot', (ctx, _event, base) => {
    const ballot = base.ballot!;
    ctx.ballot = null;
    // a later ballot (an additional item, a motion) must not undo the proposal's decided status
    setStatus(ctx, base.item, statusAfterBallot(base));
    if (ballot.subject.kind === 'election') return decideElectionBallot(ctx, base, ballot);
    const record = decideQuestionBallot(ctx, base, ballot);
    if (ballot.subject.kind === 'motion') ctx.motions = ctx.motions.filter((m) => m.motion !== (ballot.subject as { motion: string }).motion);
    if (ballot.subject.kind === 'motion' && ballot.subject.motion === 'close-debate' && record.decision === 'adopted') ctx.debateClosed = true;
    applyAmendmentDecision(ctx, base, record);
    applyProposalDecision(ctx, base, record);
  }),
  queueMotion: act('delegation.moveMotion', (ctx, event) => {
    ctx.motions = [...ctx.motions, { motion: event.motion, member: event.member }];
    log(ctx, `${event.member} moves to ${event.motion.replace('-', ' ')} (R6.4)`);
  }),
  takeNoDecision: act(['chair.putToVote', 'chair.putMotion'], (ctx, _event, base) => takeNoDecision(ctx, base)),
  openMotionBallot: act('chair.putMotion', (ctx, _event, base) => {
    recordQuorum(ctx, base, 'decide', base.day, base.item);
    const motion = nextMotionToPut(base.motions.map((m) => m.motion))!;
    ctx.ballot = (createBallot(base, { kind: 'motion', motion: motion as never }, 'electronic-recorded'));
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
    ctx.pointOfOrder = { ...ctx.pointOfOrder!, ruling: event.ruling };
    log(ctx, `The President rules the point of order ${event.ruling} (R6.2)`);
  }),
  appealLapses: act('delegation.appeal', (ctx, event, base) => {
    recordQuorum(ctx, base, 'decide', base.day, base.item);
    ctx.pointOfOrder = null;
    log(ctx, `${event.member} appeals against the ruling, but without a quorum the Assembly cannot decide: the ruling stands (R2.9, Q1)`);
  }),
  openAppealBallot: act('delegation.appeal', (ctx, event, base) => {
    recordQuorum(ctx, base, 'decide', base.day, base.item);
    ctx.appeal = (createBallot(base, { kind: 'appeal' }, 'electronic-recorded'));
    log(ctx, `${event.member} appeals against the ruling; the Assembly votes at once (R2.9)`);
  }),
  closeAppealBallot: act('chair.closeBallot', (ctx, _event, base) => {
    const appeal = base.appeal!;
    ctx.appeal = null;
    ctx.pointOfOrder = null;
    decideQuestionBallot(ctx, base, appeal);
  }),
  withdrawCandidate: act('delegation.withdrawCandidate', (ctx, event, base) => withdraw(ctx, base, event.candidate)),
  deferItem: also((ctx, _event, base) => {
    setStatus(ctx, base.item, 'deferred');
    ctx.election = null;
    ctx.motions = [];
    log(ctx, 'Debate adjourned: the item is deferred (R6.4)');
  }),
  deferRestOfDay: also((ctx, _event, base) => {
    for (const i of base.setup.days[base.day]!.items) if (base.statuses[i] === 'pending' || i === base.item) setStatus(ctx, i, 'deferred');
    ctx.election = null;
    ctx.motions = [];
    log(ctx, 'Sitting adjourned: the remaining items of the day are deferred (R6.4)');
  }),
  adjournDay: act('chair.adjournDay', (ctx) => log(ctx, `Day ${ctx.day + 1} adjourned`)),
  openDay: act('chair.openDay', (ctx, _event, base) => {
    ctx.day += 1;
    log(ctx, `Day ${ctx.day + 1} opened (${base.setup.days[ctx.day]!.date})`);
    recordQuorum(ctx, base, 'open', ctx.day, null);
  }),
  openDayWithoutQuorum: act('chair.openDay', (ctx, _event, base) => {
    ctx.day += 1;
    sittingWithoutQuorum(ctx, base, ctx.day);
  }),
  closeSession: act('chair.closeSession', (ctx, _event, base) => {
    for (const c of base.carried) setStatus(ctx, c.item, 'deferred');
    ctx.carried = [];
    ctx.committee = (committeeAfterSession(base.committee, base.setup.year));
    log(ctx, 'Session closed; the newly elected members take office (R1.9, RPGA Art 49(1))');
  }),
};
