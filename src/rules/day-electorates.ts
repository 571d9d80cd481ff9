import { freeze } from 'immer';
import type { Electorate, MemberStanding } from '../domain/member.js';
import type { QuestionKind, RuleSet } from './rule-set.js';
import { freezeElectorate, isArrearsExempt } from './voting-rights.js';

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

/** The electorate of a ballot on `question` on `day` (R2.1, R2.3, R2.8, Q24), deeply frozen: runs and snapshots share it. */
export function frozenElectorate(standings: readonly MemberStanding[], question: QuestionKind | 'election', day: number, rules: RuleSet, itemIndex = AFTER_ADMISSIONS): Electorate {
  return freeze(freezeElectorate(standings, { question, itemIndex, day }, rules), true);
}

/**
 * The electorates of every session day under `standings`, computed once: by the setup for the
 * standings the session opens with (shared by every run of a scenario, and so by the voters'
 * tables per electorate), and again by the machine whenever a ruling, an admission or a waiver
 * changes the standings.
 */
export function electoratesByDay(standings: readonly MemberStanding[], rules: RuleSet, days: number): readonly DayElectorates[] {
  const exempts = isArrearsExempt('constitutionAmendment', rules);
  return Object.freeze(
    Array.from({ length: days }, (_, day) => {
      const ordinary = frozenElectorate(standings, 'election', day, rules);
      return Object.freeze({ ordinary, exempt: exempts ? frozenElectorate(standings, 'constitutionAmendment', day, rules) : ordinary });
    }),
  );
}
