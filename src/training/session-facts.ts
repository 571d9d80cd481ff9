import type { SessionContext } from '../machine/context.js';
import { questionOfSubject } from '../machine/procedure/ballots.js';
import type { Nomination } from '../rules/nominations.js';
import type { QuorumContext } from '../rules/quorum.js';
import { isSuspendedForArrears, type BallotContext } from '../rules/voting-rights.js';

/** The ballot context of the open ballot (or the appeal), as the machine froze its electorate. */
export function ballotContextOf(ctx: SessionContext): BallotContext {
  const ballot = ctx.appeal ?? ctx.ballot;
  const question = ballot ? questionOfSubject(ctx, ballot.subject) : 'resolution';
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
  const rules = ctx.setup.rules;
  return (ctx.setup.nominations[item.id] ?? []).map((n) => {
    const nominator = ctx.standings.find((s) => s.code === n.candidate.nominatedBy);
    return {
      candidate: n.candidate,
      post: target.post,
      region: target.region,
      receivedDaysBeforeOpening: n.receivedDaysBeforeOpening ?? rules.elections.nominationDeadlineDays,
      inDelegation: n.inDelegation,
      nominatorSuspended: nominator ? isSuspendedForArrears(nominator.finances, rules) : true,
      acceptedInWriting: n.acceptedInWriting,
    };
  });
}
