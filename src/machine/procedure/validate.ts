import { isMotionInOrder, type MotionCheck } from '../../rules/motions.js';
import { recordedVoteProblem } from '../../rules/recorded-votes.js';
import type { OpenBallot, SessionContext } from '../context.js';
import type { SessionEvent } from '../events.js';
import { keyOfBallot } from './ballots.js';
import { questionOf } from '../../scenario/agenda-items.js';
import { hasBallotsLeft } from './elections.js';
import { nextQuestionSubject } from './questions.js';

/** What is wrong with an event, as a code and a message (the rest of a `Rejection`). */
export type Problem = { readonly code: string; readonly message: string };

/** Index of the agenda item the chair may open next, or null when the day's agenda is done. */
export function nextPendingItem(ctx: SessionContext): number | null {
  // items carried over for want of a quorum are taken up first at a later sitting (Q1)
  for (const c of ctx.carried) if (c.day < ctx.day && ctx.statuses[c.item] === 'carried-over') return c.item;
  for (const i of ctx.setup.days[ctx.day]!.items) if (ctx.statuses[i] === 'pending') return i;
  return null;
}

/** Whether the current item still has a vote to put (amendments, proposal, or ballots). */
export function hasVoteToPut(ctx: SessionContext): boolean {
  const item = ctx.setup.items[ctx.item]!;
  if (item.kind === 'election') return hasBallotsLeft(ctx);
  return nextQuestionSubject(ctx) !== null;
}

/** Whether the current item is decided by a vote (a question or an election), rather than noted. */
export function isVotedItem(ctx: SessionContext): boolean {
  const item = ctx.setup.items[ctx.item]!;
  return questionOf(item) !== null || item.kind === 'election';
}

/** The ballot under way: the appeal's while one is open (R2.9), else the Assembly's, else null. */
export function openBallotOf(ctx: SessionContext): OpenBallot | null {
  return ctx.appeal ?? ctx.ballot;
}

/** Whether the tellers count the ballot (a secret ballot or a show of hands, R3.3, R3.6). */
export function isCountedByTellers(ballot: OpenBallot): boolean {
  return ballot.secret || ballot.method === 'show-of-hands';
}

/** The motion check of the rules core for a delegation's motion (R6.4, R5.6: observers move none). */
export function motionCheckOf(ctx: SessionContext, event: Extract<SessionEvent, { type: 'delegation.moveMotion' }>): MotionCheck {
  const standing = ctx.standings.find((s) => s.code === event.member);
  return isMotionInOrder(event.motion, { voting: false, byObserver: !standing?.represented || standing.credentials === 'refused', itemOpen: true });
}

/** The first vote of a `castVote`/`castBallot` that cannot be recorded (R2.1, R3.2), or null. */
export function voteProblemOf(ballot: OpenBallot, event: SessionEvent): Problem | null {
  if (event.type === 'delegation.castVote') return recordedVoteProblem(ballot, { [event.member]: event.choice });
  if (event.type === 'delegation.castBallot') return recordedVoteProblem(ballot, 'choices' in event ? event.choices : event.votes);
  return null;
}

/** A scripted result given as the figures' source must be the one that designates this ballot; else the problem. */
export function scriptProblemOf(ctx: SessionContext, ballot: OpenBallot, event: SessionEvent): Problem | null {
  const index = 'script' in event ? event.script : undefined;
  if (index === undefined) return null;
  const script = ctx.setup.scripts[index];
  if (script === undefined) return { code: 'ballot/unknown-script', message: `the scenario has no scripted result ${index}` };
  if (script.key !== keyOfBallot(ctx, ballot)) return { code: 'ballot/wrong-script', message: `scripted result ${index} designates another ballot (item ${script.entry.item})` };
  return null;
}

/** The choices the tellers may report for a ballot: the candidates on an election's paper, else yes and no. */
export function reportableChoices(ballot: OpenBallot): readonly string[] {
  return ballot.subject.kind === 'election' && ballot.paper.length > 1 ? ballot.paper : ['yes', 'no'];
}

/** The numbers of a tellers' report: each choice's votes, the abstentions and the invalid papers. */
export function reportedNumbers(event: SessionEvent): number[] {
  return event.type === 'tellers.reportCount' ? [...Object.values(event.counts), event.abstain, event.invalid] : [];
}
