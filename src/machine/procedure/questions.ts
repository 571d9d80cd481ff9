import { isMoot, orderAmendments } from '../../rules/amendments.js';
import type { SessionContext } from '../context.js';
import { recordsOf, type BallotSubject, type QuestionRecord } from '../../record/record.js';
import { amendmentsOf, questionOf } from '../../scenario/agenda-items.js';
import { log } from './log.js';
import type { ContextDraft } from '../context-update.js';

function decided(ctx: SessionContext, match: (s: BallotSubject) => boolean): boolean {
  return recordsOf(ctx).some((r) => r.kind === 'question' && r.item === ctx.item && match(r.subject) && r.decision !== 'no-consensus');
}

/**
 * The next question the current item puts: amendments first, furthest removed first (R6.8);
 * for the agenda, the agenda itself and then each additional item (R5.5); then the proposal.
 */
export function nextQuestionSubject(ctx: SessionContext): BallotSubject | null {
  const item = ctx.setup.items[ctx.item]!;
  const question = questionOf(item);
  if (question === null) return null;
  const pending = ctx.amendments.pending[0];
  if (pending !== undefined) return { kind: 'amendment', amendment: pending };
  const proposalDone = decided(ctx, (s) => s.kind === 'proposal');
  if (item.kind === 'agenda-adoption' && proposalDone) {
    const next = item.additionalItems.find((a) => !decided(ctx, (s) => s.kind === 'additional-item' && s.additional === a.id));
    return next ? { kind: 'additional-item', additional: next.id } : null;
  }
  return proposalDone ? null : { kind: 'proposal', question };
}

/** Sets up the amendments of the item just opened: sponsor-accepted ones join without a vote (R6.8). */
export function beginAmendments(ctx: ContextDraft, base: SessionContext): void {
  const amendments = amendmentsOf(base.setup.items[ctx.item]!);
  const accepted = amendments.filter((a) => a.acceptedBySponsor).map((a) => a.id);
  for (const id of accepted) log(ctx, `Amendment ${id} accepted by the sponsor; it joins the proposal without a vote (R6.8)`);
  const ordered = orderAmendments(amendments.filter((a) => !a.acceptedBySponsor));
  ctx.amendments = { pending: ordered.map((a) => a.id), adopted: accepted };
}

/** Applies an amendment vote: adopted amendments join the text; amendments it excludes fall (R6.8). */
export function applyAmendmentDecision(ctx: ContextDraft, base: SessionContext, record: QuestionRecord): void {
  if (record.subject.kind !== 'amendment') return;
  const id = record.subject.amendment;
  const all = amendmentsOf(base.setup.items[base.item]!);
  const pending = ctx.amendments.pending.filter((a) => a !== id);
  if (record.decision !== 'adopted') {
    ctx.amendments = { ...ctx.amendments, pending };
    return;
  }
  const adopted = [...ctx.amendments.adopted, id];
  const moot = pending.filter((a) => isMoot(a, adopted, all));
  for (const a of moot) log(ctx, `Amendment ${a} is not put to the vote: adopting ${id} rejected it (R6.8)`);
  ctx.amendments = { pending: pending.filter((a) => !moot.includes(a)), adopted };
}
