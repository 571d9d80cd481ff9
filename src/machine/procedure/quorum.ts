import { quorumCheckOn, type QuorumCheck, type QuorumStage } from '../../rules/quorum.js';
import { append, setStatus, type ContextDraft } from '../context-update.js';
import type { SessionContext } from '../context.js';
import { interruptElection } from './elections.js';
import { titleOf } from '../../scenario/agenda-items.js';
import { log } from './log.js';

/** Takes the quorum check and puts it on the record when a quorum rule applies; returns it. */
export function recordQuorum(ctx: ContextDraft, base: SessionContext, stage: QuorumStage, day: number, item: number | null): QuorumCheck {
  const check = quorumCheckOn(base.standings, stage, day, base.setup.rules);
  if (!check.applies) return check;
  append(ctx, 'quorum', { kind: 'quorum', stage, day, item, check });
  const what = stage === 'open' ? `Quorum to open the sitting of day ${day + 1}` : `Quorum to decide on item ${base.setup.items[item!]!.number}`;
  log(ctx, `${what}: ${check.text} (${check.citation.rule})`);
  return check;
}

/**
 * Items that cannot be decided for want of a quorum (Q1): carried over to the next sitting, where
 * they are taken up first, or deferred, as `rules.quorum.withoutQuorum` says; on the last day, or
 * for an election with a seat already on the record, they are deferred.
 */
export function setAsideWithoutQuorum(ctx: ContextDraft, base: SessionContext, items: readonly number[], day: number): void {
  const lastDay = day + 1 >= base.setup.days.length;
  const carry = base.setup.rules.quorum.withoutQuorum === 'carry-over' && !lastDay;
  for (const index of items) {
    setStatus(ctx, index, carry ? 'carried-over' : 'deferred');
    if (carry) ctx.carried = [...ctx.carried, { item: index, day }];
    log(ctx, `${titleOf(base.setup.items[index]!)}: no decision without a quorum; ${carry ? 'taken up again at the next sitting' : 'deferred'} (Q1)`);
  }
}

/** An item whose decision finds no quorum: its election is interrupted, and the item is set aside. */
export function takeNoDecision(ctx: ContextDraft, base: SessionContext): void {
  recordQuorum(ctx, base, 'decide', base.day, base.item);
  const seatsOnRecord = interruptElection(ctx, base, 'balloting interrupted for want of a quorum (Q1)');
  ctx.motions = [];
  ctx.debateClosed = false;
  ctx.carried = ctx.carried.filter((c) => c.item !== base.item);
  if (seatsOnRecord) {
    setStatus(ctx, base.item, 'deferred');
    log(ctx, `${titleOf(base.setup.items[base.item]!)}: the remaining seats are deferred for want of a quorum (Q1)`);
  } else {
    setAsideWithoutQuorum(ctx, base, [base.item], base.day);
  }
}
