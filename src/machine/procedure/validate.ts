import { nextMotionToPut, isMotionInOrder } from '../../rules/motions.js';
import { hasVotes } from '../../domain/vote.js';
import type { OpenBallot, Rejection, SessionContext } from '../context.js';
import { keyOfBallot } from './ballots.js';
import type { SessionEvent } from '../events.js';
import { questionOf } from '../../scenario/agenda-items.js';
import { hasBallotsLeft } from './elections.js';
import { nextQuestionSubject } from './questions.js';

/** Where in the statechart an event arrives, for the checks that depend on it. */
export type Where = 'floor' | 'debate' | 'voting' | 'announced' | 'ruled' | 'appeal' | 'adjourned';

const no = (code: string, event: SessionEvent, message: string): Rejection => ({ code, event: event.type, message });

function nextPendingItem(ctx: SessionContext): number | null {
  // items carried over for want of a quorum are taken up first at a later sitting (Q1)
  for (const c of ctx.carried) if (c.day < ctx.day && ctx.statuses[c.item] === 'carried-over') return c.item;
  for (const i of ctx.setup.days[ctx.day]!.items) if (ctx.statuses[i] === 'pending') return i;
  return null;
}

/** Index of the agenda item the chair may open next, or null when the day's agenda is done. */
export { nextPendingItem };

function isVotedItem(ctx: SessionContext): boolean {
  const item = ctx.setup.items[ctx.item]!;
  return questionOf(item) !== null || item.kind === 'election';
}

/** Whether the current item still has a vote to put (amendments, proposal, or ballots). */
export function hasVoteToPut(ctx: SessionContext): boolean {
  const item = ctx.setup.items[ctx.item]!;
  if (item.kind === 'election') return hasBallotsLeft(ctx);
  return nextQuestionSubject(ctx) !== null;
}

/** Whether `member` is in a ballot's frozen electorate: a binary search, the entitled codes being sorted (`freezeElectorate`). */
function inElectorate(electorate: readonly string[], member: string): boolean {
  let [low, high] = [0, electorate.length - 1];
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const code = electorate[middle]!;
    if (code === member) return true;
    if (code < member) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** A scripted result given as the figures' source must be the one that designates this ballot. */
function checkScript(ctx: SessionContext, event: SessionEvent & { script?: number }, ballot: OpenBallot): Rejection | null {
  if (event.script === undefined) return null;
  const script = ctx.setup.scripts[event.script];
  if (script === undefined) return no('ballot/unknown-script', event, `the scenario has no scripted result ${event.script}`);
  if (script.key !== keyOfBallot(ctx, ballot)) return no('ballot/wrong-script', event, `scripted result ${event.script} designates another ballot (item ${script.entry.item})`);
  return null;
}

function checkBallotEvent(ctx: SessionContext, event: SessionEvent, where: Where): Rejection | null {
  const ballot = where === 'appeal' ? ctx.appeal : ctx.ballot;
  if (ballot === null) return no('vote/not-open', event, 'no vote is open');
  const counted = ballot.secret || ballot.method === 'show-of-hands';
  if (event.type === 'delegation.castVote' || event.type === 'delegation.castBallot') {
    if (counted || ballot.method === 'consensus') {
      return no('vote/counted-by-tellers', event, `a ${ballot.method} vote is reported by the tellers as counts only (R3.3, R3.6)`);
    }
    if (ballot.counts !== null) return no('ballot/already-counted', event, 'the result of this ballot has already been reported as totals');
    const votes = event.type === 'delegation.castVote' ? { [event.member]: event.choice } : event.votes;
    // for…in rather than Object.entries: a ballot has ~170 votes and this runs on every ballot
    for (const member in votes) {
      const choice = (votes as Readonly<Record<string, string>>)[member];
      if (!inElectorate(ballot.electorate, member)) return no('vote/not-entitled', event, `${member} is not entitled to vote in this ballot (R2.1, R2.8)`);
      if (Object.hasOwn(ballot.votes, member)) return no('vote/already-voted', event, `${member} has already voted (R2.1: one vote per member)`);
      if (choice === 'invalid') return no('vote/no-papers', event, `a ${ballot.method} vote has no paper to spoil: ${member} votes yes, no or abstains (R2.3, R3.2)`);
    }
    return event.type === 'delegation.castBallot' ? checkScript(ctx, event, ballot) : null;
  }
  if (event.type === 'tellers.reportCount') {
    // a recorded vote may be reported as totals only (e.g. a published result), never mixed with votes
    if (!counted && hasVotes(ballot.votes)) return no('vote/recorded', event, 'delegations have started voting: their votes are recorded one by one');
    if (ballot.method === 'consensus') return no('vote/not-counted', event, 'a decision by consensus has no count');
    if (ballot.counts !== null) return no('ballot/already-counted', event, 'the tellers have already reported this ballot');
    const allowed = ballot.subject.kind === 'election' && ballot.paper.length > 1 ? ballot.paper : ['yes', 'no'];
    const numbers = [...Object.values(event.counts), event.abstain, event.invalid];
    if (numbers.some((n) => !Number.isInteger(n) || n < 0)) return no('ballot/bad-count', event, 'counts must be non-negative whole numbers');
    const unknown = Object.keys(event.counts).find((k) => !allowed.includes(k));
    if (unknown !== undefined) return no('ballot/unknown-choice', event, `'${unknown}' is not on the ballot paper (${allowed.join(', ')})`);
    const papers = numbers.reduce((a, b) => a + b, 0);
    if (papers > ballot.electorate.length) return no('ballot/over-electorate', event, `${papers} papers for ${ballot.electorate.length} members entitled to vote`);
    if (event.invalid > 0 && !ballot.secret) return no('ballot/no-papers', event, `${event.invalid} invalid papers reported for a ${ballot.method} vote, which has no papers (R2.3, R3.3)`);
    return checkScript(ctx, event, ballot);
  }
  if (event.type === 'delegation.objectToConsensus') {
    if (ballot.method !== 'consensus') return no('vote/not-consensus', event, 'only a decision by consensus can be objected to');
    return null;
  }
  if (event.type === 'chair.closeBallot' && counted && ballot.counts === null) {
    return no('ballot/not-counted', event, 'the tellers have not reported the count yet (R3.6)');
  }
  return null;
}

/** The coded reason an event is refused in the current state, or null when it is acceptable. */
export function rejectionFor(ctx: SessionContext, event: SessionEvent, where: Where): Rejection | null {
  switch (event.type) {
    case 'chair.openItem': {
      const next = nextPendingItem(ctx);
      if (next === null) return no('item/none-pending', event, "the day's agenda is finished");
      const id = ctx.setup.items[next]!.id;
      if (event.item !== undefined && event.item !== id) return no('item/out-of-order', event, `the next item on the agenda is ${id} (R5.5)`);
      return null;
    }
    case 'chair.takeItem':
      return nextPendingItem(ctx) === null ? no('item/none-pending', event, "the day's agenda is finished") : null;
    case 'chair.adjournDay':
      if (nextPendingItem(ctx) !== null) return no('day/items-pending', event, 'items of the day are still pending');
      if (ctx.day + 1 >= ctx.setup.days.length) return no('day/last-day', event, 'this is the last day: close the session instead');
      return null;
    case 'chair.openDay':
      return ctx.day + 1 < ctx.setup.days.length ? null : no('day/none-left', event, 'no session day is left');
    case 'chair.closeSession':
      if (ctx.day + 1 < ctx.setup.days.length) return no('session/days-left', event, 'session days remain');
      if (where === 'floor' && nextPendingItem(ctx) !== null) return no('day/items-pending', event, 'items of the day are still pending');
      return null;
    case 'chair.putToVote': {
      if (ctx.motions.length > 0) return no('motion/pending', event, 'a procedural motion is pending and must be put first (R6.5)');
      if (!hasVoteToPut(ctx)) return no('vote/nothing-to-put', event, 'nothing remains to be put to the vote on this item');
      const election = ctx.setup.items[ctx.item]!.kind === 'election';
      if (election && event.method !== undefined && event.method !== 'secret') {
        return no('vote/secret-compulsory', event, 'elections are held by secret ballot (R3.4, GR Art 23 §1)');
      }
      const item = ctx.setup.items[ctx.item]!;
      // a question the scenario puts to a secret ballot stays secret (R3.3, R3.5; issue 18)
      if ('method' in item && item.method === 'secret' && event.method !== undefined && event.method !== 'secret' && nextQuestionSubject(ctx)?.kind === 'proposal') {
        return no('vote/secret-by-scenario', event, `the scenario puts this question to a secret ballot; it cannot be taken by ${event.method} (R3.3, R3.5)`);
      }
      return null;
    }
    case 'chair.closeItem':
      if (isVotedItem(ctx) && hasVoteToPut(ctx)) return no('item/vote-pending', event, 'the item still has a vote to put');
      return null;
    case 'chair.putMotion':
      return nextMotionToPut(ctx.motions.map((m) => m.motion)) ? null : no('motion/none-pending', event, 'no motion is pending');
    case 'delegation.moveMotion': {
      const standing = ctx.standings.find((s) => s.code === event.member);
      const check = isMotionInOrder(event.motion, { voting: false, byObserver: !standing?.represented || standing.credentials === 'refused', itemOpen: true });
      return check.inOrder ? null : no(check.code ?? 'motion/out-of-order', event, `the motion is out of order (${check.citation.rule})`);
    }
    case 'delegation.raisePointOfOrder':
      if (ctx.ballot !== null && !event.aboutVoting) return no('motion/during-vote', event, 'during a vote, only a point of order about the voting is in order (R3.8)');
      return null;
    case 'delegation.appeal':
      return ctx.pointOfOrder?.ruling ? null : no('appeal/no-ruling', event, 'there is no ruling to appeal');
    case 'delegation.withdrawCandidate': {
      const standing = ctx.election?.progress?.candidates.some((c) => c.id === event.candidate);
      return standing ? null : no('election/not-standing', event, `${event.candidate} is not standing in this election`);
    }
    case 'chair.decideCredentials': {
      if (ctx.setup.items[ctx.item]!.kind !== 'credentials') return no('credentials/not-now', event, 'credentials are decided at the credentials item (R5.6)');
      return ctx.standings.some((s) => s.code === event.member) ? null : no('credentials/unknown', event, `${event.member} is not a member`);
    }
    default:
      return checkBallotEvent(ctx, event, where);
  }
}
