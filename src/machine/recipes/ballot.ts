import { choicesOfCast, mergeChoices, withChoice } from '../../domain/choices.js';
import { electorateIndex } from '../../rules/voting-rights.js';
import { nextMotionToPut } from '../../rules/motions.js';
import { setStatus, type ContextDraft } from '../context-update.js';
import type { ItemStatus } from '../../domain/agenda.js';
import type { OpenBallot, SessionContext } from '../context.js';
import { createBallot } from '../procedure/ballots.js';
import { decideQuestionBallot } from '../procedure/decisions.js';
import { applyProposalDecision } from '../procedure/effects.js';
import { decideElectionBallot, nextPaper } from '../procedure/elections.js';
import { log } from '../procedure/log.js';
import { recordQuorum } from '../procedure/quorum.js';
import { applyAmendmentDecision, nextQuestionSubject } from '../procedure/questions.js';
import { recordsOf } from '../../record/record.js';
import { on } from './recipe.js';

/** The item's status once a ballot closes: its proposal's decision if taken, else still in debate. */
function statusAfterBallot(ctx: SessionContext): ItemStatus {
  const proposal = recordsOf(ctx).filter((r) => r.kind === 'question' && r.item === ctx.item && r.subject.kind === 'proposal').at(-1);
  return proposal?.kind === 'question' && proposal.decision !== 'no-consensus' ? proposal.decision : 'in-debate';
}

/**
 * Replaces the open ballot (the appeal's while one is open) with a frozen copy carrying `change`:
 * one write at the root of the draft (the ballot before it stays as it was, for the snapshot before).
 */
function changeOpenBallot(ctx: ContextDraft, base: SessionContext, change: Partial<Pick<OpenBallot, 'choices' | 'counts' | 'script'>>): void {
  const next = Object.freeze({ ...(base.appeal ?? base.ballot)!, ...change });
  if (base.appeal) ctx.appeal = next;
  else ctx.ballot = next;
}

/** The recipes of ballots: opening one, the votes or counts, and closing it with its decision. */
export const ballotRecipes = {
  openBallot: on('chair.putToVote', (ctx, event, base) => {
    recordQuorum(ctx, base, 'decide', base.day, base.item);
    const item = base.setup.items[base.item]!;
    if (item.kind === 'election') {
      const election = base.election!;
      const ballot = (election.progress?.seatBallot ?? 0) + 1;
      ctx.ballot = createBallot(base, { kind: 'election', seat: election.target + 1, ballot }, 'secret', nextPaper(base));
    } else {
      ctx.ballot = createBallot(base, nextQuestionSubject(base)!, event.method);
    }
    setStatus(ctx, base.item, 'voting');
  }),
  castVote: on('delegation.castVote', (ctx, event, base) => {
    const open = (base.appeal ?? base.ballot)!;
    changeOpenBallot(ctx, base, { choices: withChoice(open.choices, open.electorate.length, electorateIndex(open.electorate, event.member), event.choice) });
  }),
  castBallot: on('delegation.castBallot', (ctx, event, base) => {
    // the voters' choices come aligned with the electorate and are taken as they are; a person's member → choice is aligned first
    const open = (base.appeal ?? base.ballot)!;
    changeOpenBallot(ctx, base, { choices: mergeChoices(open.choices, choicesOfCast(event, open.electorate)), script: event.script ?? null });
  }),
  reportCount: on('tellers.reportCount', (ctx, event, base) => {
    changeOpenBallot(ctx, base, { counts: Object.freeze({ counts: Object.freeze({ ...event.counts }), abstain: event.abstain, invalid: event.invalid }), script: event.script ?? null });
  }),
  objectToConsensus: on('delegation.objectToConsensus', (ctx, event, base) => {
    // only the Assembly's own ballot is decided by consensus; an appeal is always voted (R2.9)
    const ballot = base.ballot!;
    ctx.ballot = Object.freeze({ ...ballot, objections: Object.freeze([...ballot.objections, event.member]) });
  }),
  closeBallot: on('chair.closeBallot', (ctx, _event, base) => {
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
  openMotionBallot: on('chair.putMotion', (ctx, _event, base) => {
    recordQuorum(ctx, base, 'decide', base.day, base.item);
    const motion = nextMotionToPut(base.motions.map((m) => m.motion))!;
    ctx.ballot = createBallot(base, { kind: 'motion', motion: motion as never }, 'electronic-recorded');
  }),
  openAppealBallot: on('delegation.appeal', (ctx, event, base) => {
    recordQuorum(ctx, base, 'decide', base.day, base.item);
    ctx.appeal = createBallot(base, { kind: 'appeal' }, 'electronic-recorded');
    log(ctx, `${event.member} appeals against the ruling; the Assembly votes at once (R2.9)`);
  }),
  closeAppealBallot: on('chair.closeBallot', (ctx, _event, base) => {
    const appeal = base.appeal!;
    ctx.appeal = null;
    ctx.pointOfOrder = null;
    decideQuestionBallot(ctx, base, appeal);
  }),
};
