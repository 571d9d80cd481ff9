import { freeze } from 'immer';
import type { Electorate, MemberStanding } from '../../domain/member.js';
import type { QuestionKind, RuleSet } from '../../rules/rule-set.js';
import { freezeElectorate, isArrearsExempt } from '../../rules/voting-rights.js';
import type { SessionContext } from '../context.js';
import type { ContextDraft } from '../context-update.js';

/**
 * Who may vote on one session day under one set of standings (R2.1, R2.3, R2.8): on any question,
 * and on a question whose ballot is open to members in arrears (a constitutional amendment, when
 * the rules exempt it; otherwise the same electorate).
 */
export interface DayElectorates {
  readonly ordinary: Electorate;
  readonly exempt: Electorate;
}

/** An item after every admission: a member admitted during the session is kept out only by a `next-session` rule (Q24). */
const AFTER_ADMISSIONS = Number.POSITIVE_INFINITY;

function frozen(standings: readonly MemberStanding[], question: QuestionKind | 'election', day: number, rules: RuleSet, itemIndex = AFTER_ADMISSIONS): Electorate {
  return freeze(freezeElectorate(standings, { question, itemIndex, day }, rules), true);
}

/**
 * The electorates of every session day under `standings`, computed once: by the setup for the
 * standings the session opens with (shared by every run of a scenario, and so by the voters'
 * tables per electorate), and again by the context whenever a ruling, an admission or a waiver
 * changes the standings.
 */
export function electoratesByDay(standings: readonly MemberStanding[], rules: RuleSet, days: number): readonly DayElectorates[] {
  const exempts = isArrearsExempt('constitutionAmendment', rules);
  return Object.freeze(
    Array.from({ length: days }, (_, day) => {
      const ordinary = frozen(standings, 'election', day, rules);
      return Object.freeze({ ordinary, exempt: exempts ? frozen(standings, 'constitutionAmendment', day, rules) : ordinary });
    }),
  );
}

/**
 * The frozen electorate of a ballot on `question` at the current item and day (R2.1, R2.3, R2.8,
 * Q24): who may vote and why every other member may not. A ballot on the item that admitted a
 * member (or on an earlier item taken up later) keeps the new member out, so it is computed afresh.
 */
export function electorateOf(ctx: SessionContext, question: QuestionKind | 'election'): Electorate {
  const { rules } = ctx.setup;
  const admittedLater = ctx.standings !== ctx.setup.standings && rules.admittedMembersVote !== 'next-session' && ctx.standings.some((s) => s.admittedAtItem !== null && ctx.item <= s.admittedAtItem);
  if (admittedLater) return frozen(ctx.standings, question, ctx.day, rules, ctx.item);
  const day = ctx.electorates[ctx.day]!;
  return isArrearsExempt(question, rules) ? day.exempt : day.ordinary;
}

/** Recomputes the day electorates after a recipe changed the standings (a ruling, an admission, a waiver). */
export function standingsChanged(ctx: ContextDraft): void {
  ctx.electorates = electoratesByDay(ctx.standings, ctx.setup.rules, ctx.setup.days.length);
}
