import { anyVoted } from '../domain/choices.js';
import { nextMotionToPut } from '../rules/motions.js';
import type { OpenBallot, SessionContext } from './context.js';
import type { SessionEvent, SessionEventType } from './events.js';
import { nextQuestionSubject } from './procedure/questions.js';
import * as is from './procedure/validate.js';

/** What a guard is asked about: the context before the event, and the event. */
export type GuardArgs = { readonly context: SessionContext; readonly event: SessionEvent };
type Of<T extends SessionEventType> = Extract<SessionEvent, { type: T }>;

/** A condition of the procedure: the question its guard asks, and the coded rejection when the answer is no. */
export interface Check {
  readonly holds: (args: GuardArgs) => boolean;
  readonly refusal: (args: GuardArgs) => is.Problem;
}

/** A condition whose rejection has one code; the message may name what is wrong. */
function check(holds: (args: GuardArgs) => boolean, code: string, message: string | ((args: GuardArgs) => string)): Check {
  return { holds, refusal: (args) => ({ code, message: typeof message === 'string' ? message : message(args) }) };
}

/** A condition found by a rule that names the problem itself (its code among several). */
function found(problemOf: (args: GuardArgs) => is.Problem | null): Check {
  return { holds: (args) => problemOf(args) === null, refusal: (args) => problemOf(args)! };
}

/** A condition of one event type: any other event meets it (the guards are total). */
function on<T extends SessionEventType>(type: T, holds: (ctx: SessionContext, event: Of<T>) => boolean) {
  return ({ context, event }: GuardArgs) => event.type !== type || holds(context, event as Of<T>);
}

/** A condition of the ballot under way: never met when there is none. */
function ofBallot(holds: (ballot: OpenBallot, args: GuardArgs) => boolean) {
  return (args: GuardArgs) => {
    const ballot = is.openBallotOf(args.context);
    return ballot !== null && holds(ballot, args);
  };
}
const ballotOf = (args: GuardArgs) => is.openBallotOf(args.context)!;
const papersOf = (event: SessionEvent) => is.reportedNumbers(event).reduce((a, b) => a + b, 0);
const unknownChoice = (ctx: SessionContext, event: SessionEvent) => {
  const ballot = is.openBallotOf(ctx);
  return ballot === null || event.type !== 'tellers.reportCount' ? undefined : Object.keys(event.counts).find((k) => !is.reportableChoices(ballot).includes(k));
};
const lastDay = (ctx: SessionContext) => ctx.day + 1 >= ctx.setup.days.length;

/**
 * Every condition an event of the procedure must meet, with its rejection code and message: the
 * one table of rejections (principle 10). The chart's transitions name these as guards, in the
 * order they are checked; an event that meets none of its transitions is refused with the first
 * unmet condition of the transition it was meant for (`rejectionOf` in `guards.ts`).
 */
export const CHECKS = {
  // the agenda and the days (R5.5)
  hasItemPending: check(({ context }) => is.nextPendingItem(context) !== null, 'item/none-pending', "the day's agenda is finished"),
  isNextItem: check(
    on('chair.openItem', (ctx, e) => e.item === undefined || e.item === ctx.setup.items[is.nextPendingItem(ctx) ?? -1]?.id),
    'item/out-of-order',
    ({ context }) => `the next item on the agenda is ${context.setup.items[is.nextPendingItem(context)!]!.id} (R5.5)`,
  ),
  // only an engine made with the voters takes an item whole (`createEngine` provides the guard as met)
  canTakeWholeItem: check(() => false, 'event/headless-only', 'chair.takeItem takes a whole agenda item with the simulated voters: only a headless run sends it'),
  isAgendaDone: check(({ context }) => is.nextPendingItem(context) === null, 'day/items-pending', 'items of the day are still pending'),
  isNotLastDay: check(({ context }) => !lastDay(context), 'day/last-day', 'this is the last day: close the session instead'),
  hasDayLeft: check(({ context }) => !lastDay(context), 'day/none-left', 'no session day is left'),
  isLastDay: check(({ context }) => lastDay(context), 'session/days-left', 'session days remain'),
  // the item's questions, elections and motions
  hasNoMotionPending: check(({ context }) => context.motions.length === 0, 'motion/pending', 'a procedural motion is pending and must be put first (R6.5)'),
  hasVoteToPut: check(({ context }) => is.hasVoteToPut(context), 'vote/nothing-to-put', 'nothing remains to be put to the vote on this item'),
  isElectionSecret: check(
    on('chair.putToVote', (ctx, e) => ctx.setup.items[ctx.item]!.kind !== 'election' || e.method === undefined || e.method === 'secret'),
    'vote/secret-compulsory',
    'elections are held by secret ballot (R3.4, GR Art 23 §1)',
  ),
  // a question the scenario puts to a secret ballot stays secret (R3.3, R3.5; issue 18)
  isScenarioSecrecyKept: check(
    on('chair.putToVote', (ctx, e) => {
      const item = ctx.setup.items[ctx.item]!;
      return !('method' in item && item.method === 'secret') || e.method === undefined || e.method === 'secret' || nextQuestionSubject(ctx)?.kind !== 'proposal';
    }),
    'vote/secret-by-scenario',
    ({ event }) => `the scenario puts this question to a secret ballot; it cannot be taken by ${(event as Of<'chair.putToVote'>).method} (R3.3, R3.5)`,
  ),
  isItemDone: check(({ context }) => !(is.isVotedItem(context) && is.hasVoteToPut(context)), 'item/vote-pending', 'the item still has a vote to put'),
  hasMotionPending: check(({ context }) => nextMotionToPut(context.motions.map((m) => m.motion)) !== undefined, 'motion/none-pending', 'no motion is pending'),
  isMotionInOrder: found(({ context, event }) => {
    if (event.type !== 'delegation.moveMotion') return null;
    const motion = is.motionCheckOf(context, event);
    return motion.inOrder ? null : { code: motion.code ?? 'motion/out-of-order', message: `the motion is out of order (${motion.citation.rule})` };
  }),
  isPointOfOrderInOrder: check(
    on('delegation.raisePointOfOrder', (ctx, e) => ctx.ballot === null || e.aboutVoting),
    'motion/during-vote',
    'during a vote, only a point of order about the voting is in order (R3.8)',
  ),
  hasRuling: check(({ context }) => Boolean(context.pointOfOrder?.ruling), 'appeal/no-ruling', 'there is no ruling to appeal'),
  isCandidateStanding: check(
    on('delegation.withdrawCandidate', (ctx, e) => ctx.election?.progress?.candidates.some((c) => c.id === e.candidate) === true),
    'election/not-standing',
    ({ event }) => `${(event as Of<'delegation.withdrawCandidate'>).candidate} is not standing in this election`,
  ),
  isCredentialsItem: check(({ context }) => context.setup.items[context.item]!.kind === 'credentials', 'credentials/not-now', 'credentials are decided at the credentials item (R5.6)'),
  isMember: check(
    on('chair.decideCredentials', (ctx, e) => ctx.standings.some((s) => s.code === e.member)),
    'credentials/unknown',
    ({ event }) => `${(event as Of<'chair.decideCredentials'>).member} is not a member`,
  ),
  // the ballot under way (R2, R3)
  isVoteOpen: check(({ context }) => is.openBallotOf(context) !== null, 'vote/not-open', 'no vote is open'),
  isRecordedVote: check(
    ofBallot((b) => !is.isCountedByTellers(b) && b.method !== 'consensus'),
    'vote/counted-by-tellers',
    (args) => `a ${ballotOf(args).method} vote is reported by the tellers as counts only (R3.3, R3.6)`,
  ),
  isBallotUncounted: check(ofBallot((b) => b.counts === null), 'ballot/already-counted', ({ event }) =>
    event.type === 'tellers.reportCount' ? 'the tellers have already reported this ballot' : 'the result of this ballot has already been reported as totals',
  ),
  isEveryVoteInOrder: found((args) => is.voteProblemOf(ballotOf(args), args.event)),
  isScriptOfBallot: found((args) => is.scriptProblemOf(args.context, ballotOf(args), args.event)),
  // a recorded vote may be reported as totals only (e.g. a published result), never mixed with votes
  hasNoRecordedVote: check(ofBallot((b) => is.isCountedByTellers(b) || !anyVoted(b.choices)), 'vote/recorded', 'delegations have started voting: their votes are recorded one by one'),
  isCountable: check(ofBallot((b) => b.method !== 'consensus'), 'vote/not-counted', 'a decision by consensus has no count'),
  isCountWhole: check(({ event }) => is.reportedNumbers(event).every((n) => Number.isInteger(n) && n >= 0), 'ballot/bad-count', 'counts must be non-negative whole numbers'),
  isChoiceOnPaper: check(({ context, event }) => unknownChoice(context, event) === undefined, 'ballot/unknown-choice', ({ context, event }) =>
    `'${unknownChoice(context, event)}' is not on the ballot paper (${is.reportableChoices(is.openBallotOf(context)!).join(', ')})`,
  ),
  isWithinElectorate: check(ofBallot((b, { event }) => papersOf(event) <= b.electorate.length), 'ballot/over-electorate', (args) =>
    `${papersOf(args.event)} papers for ${ballotOf(args).electorate.length} members entitled to vote`,
  ),
  hasPapersIfInvalid: check(
    on('tellers.reportCount', (ctx, e) => e.invalid === 0 || is.openBallotOf(ctx)?.secret === true),
    'ballot/no-papers',
    (args) => `${(args.event as Of<'tellers.reportCount'>).invalid} invalid papers reported for a ${ballotOf(args).method} vote, which has no papers (R2.3, R3.3)`,
  ),
  isConsensus: check(ofBallot((b) => b.method === 'consensus'), 'vote/not-consensus', 'only a decision by consensus can be objected to'),
  isCountReported: check(ofBallot((b) => !is.isCountedByTellers(b) || b.counts !== null), 'ballot/not-counted', 'the tellers have not reported the count yet (R3.6)'),
} satisfies Record<string, Check>;

/** The name of a condition of the procedure (a guard of the chart). */
export type CheckName = keyof typeof CHECKS;
