import type { Nomination } from '../../rules/nominations.js';
import { isSuspendedForArrears } from '../../rules/voting-rights.js';
import type { ElectionTarget, SessionContext } from '../context.js';
import type { Nomination as SetupNomination } from '../../scenario/setup-nominations.js';

/** A nomination as the Elections Board scrutinises it for a seat (R4.2–R4.6, R8.4, Q18). */
export function nominationFor(ctx: SessionContext, n: SetupNomination, target: Pick<ElectionTarget, 'post' | 'region'>): Nomination {
  const rules = ctx.setup.rules;
  const nominator = ctx.standings.find((s) => s.code === n.candidate.nominatedBy);
  return {
    candidate: n.candidate,
    post: target.post,
    region: target.region,
    // a nomination with no date given is taken as received in time
    receivedDaysBeforeOpening: n.receivedDaysBeforeOpening ?? rules.elections.nominationDeadlineDays,
    inDelegation: n.inDelegation,
    nominatorSuspended: nominator ? isSuspendedForArrears(nominator.finances, rules) : true,
    acceptedInWriting: n.acceptedInWriting,
  };
}
