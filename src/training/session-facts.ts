import type { SessionContext } from '../machine/context.js';
import { questionOfSubject } from '../record/subject.js';
import type { Nomination } from '../rules/nominations.js';
import { nominationFor } from '../rules/election/seats.js';
import type { QuorumContext } from '../rules/quorum.js';
import { isSuspendedForArrears, type BallotContext } from '../rules/voting-rights.js';

/** The ballot context of the open ballot (or the appeal), as the machine froze its electorate. */
export function ballotContextOf(ctx: SessionContext): BallotContext {
  const ballot = ctx.appeal ?? ctx.ballot;
  const question = ballot ? questionOfSubject(ballot.subject) : 'resolution';
  return { question, itemIndex: ctx.item };
}

/** Who is present for the quorum: represented members whose credentials were not refused (R2.1, Q1). */
export function quorumContextOf(ctx: SessionContext): QuorumContext {
  const rules = ctx.setup.rules;
  const present = ctx.standings.filter((m) => m.represented && m.credentials !== 'refused');
  const suspended = ctx.standings.filter((m) => isSuspendedForArrears(m.finances, rules)).length;
  return {
    present: present.length,
    withVotingRights: ctx.totalMembers - suspended,
    presentSuspended: present.filter((m) => isSuspendedForArrears(m.finances, rules)).length,
  };
}

/** The nominations of the election item under way, as the Elections Board scrutinises them (R4.6). */
export function nominationsOf(ctx: SessionContext): Nomination[] {
  const item = ctx.setup.items[ctx.item];
  const target = ctx.election?.targets[0];
  if (item === undefined || target === undefined) return [];
  return (ctx.setup.nominations[item.id] ?? []).map((n) => nominationFor(n, target, ctx.standings, ctx.setup.rules));
}
