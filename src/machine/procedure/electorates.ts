import type { Electorate } from '../../domain/member.js';
import { electoratesByDay, frozenElectorate } from '../../rules/day-electorates.js';
import type { QuestionKind } from '../../rules/rule-set.js';
import { isArrearsExempt } from '../../rules/voting-rights.js';
import type { SessionContext } from '../context.js';
import type { ContextDraft } from '../context-update.js';

/**
 * The frozen electorate of a ballot on `question` at the current item and day (R2.1, R2.3, R2.8,
 * Q24): who may vote and why every other member may not. A ballot on the item that admitted a
 * member (or on an earlier item taken up later) keeps the new member out, so it is computed afresh.
 */
export function electorateOf(ctx: SessionContext, question: QuestionKind | 'election'): Electorate {
  const { rules } = ctx.setup;
  const admittedLater = ctx.standings !== ctx.setup.standings && rules.admittedMembersVote !== 'next-session' && ctx.standings.some((s) => s.admittedAtItem !== null && ctx.item <= s.admittedAtItem);
  if (admittedLater) return frozenElectorate(ctx.standings, question, ctx.day, rules, ctx.item);
  const day = ctx.electorates[ctx.day]!;
  return isArrearsExempt(question, rules) ? day.exempt : day.ordinary;
}

/** Recomputes the day electorates after a recipe changed the standings (a ruling, an admission, a waiver). */
export function standingsChanged(ctx: ContextDraft): void {
  ctx.electorates = electoratesByDay(ctx.standings, ctx.setup.rules, ctx.setup.days.length);
}
