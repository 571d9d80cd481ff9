import type { BallotCounts } from '../../domain/election-progress.js';
import { withNames } from '../../domain/person-name.js';
import { decideBallot } from '../../rules/election/decide-ballot.js';
import { seatsToFill } from '../../rules/election/seats.js';
import { ballotPaper, startElection } from '../../rules/election/start-election.js';
import type { OpenBallot, SessionContext } from '../context.js';
import type { ContextDraft } from '../context-update.js';
import { recordsOf } from '../../record/record.js';
import { traceOf } from './ballots.js';
import { candidateTallyOfBallot, tallyOfBallot } from '../../rules/tally.js';
import { consumeReopened, currentElectionItem, finishTarget, startNextTarget } from './election-seats.js';
import { commit, workOn } from './election-work.js';

/** Opens an election item: the seats to fill and the first seat's candidates. */
export function beginElection(ctx: ContextDraft, base: SessionContext): void {
  const item = currentElectionItem(base);
  // the seats it fills, from the Committee as it stands now (Q7, Q8, Q9, R1.7)
  const targets = seatsToFill(item, base.committee, base.reopened, base.setup.year, base.setup.rules);
  const work = workOn(base, { item: base.item, targets, target: 0, progress: null, withdrawn: [], excluded: [], paper: [], ballots: [] });
  if (item.contingent) consumeReopened(work.reopened, item, targets.length);
  if (targets.length === 0) work.logs.push(`${item.title ?? item.id}: no seat to fill; not held`);
  startNextTarget(work);
  commit(ctx, work);
}

/** The candidates on the next ballot paper (R4.6, R4.8). */
export function nextPaper(ctx: SessionContext): readonly string[] {
  return ctx.election?.progress ? ballotPaper(ctx.election.progress) : [];
}

/** The rules core speaks of candidates by id; the log a person reads names them: "PHILIPPE (FRA)". */
function logNames(base: SessionContext, text: string): string {
  const nominated = base.setup.nominations[base.setup.items[base.election!.item]!.id] ?? [];
  return withNames(text, nominated.map((n) => n.candidate), (c) => `${c.name} (${c.member})`);
}

/** Decides an election ballot with the rules core; lots use the context's generator (R4.11). */
export function decideElectionBallot(ctx: ContextDraft, base: SessionContext, ballot: OpenBallot): void {
  const work = workOn(base, base.election!);
  const counts: BallotCounts =
    ballot.paper.length === 1
      ? { kind: 'yes-no', candidate: ballot.paper[0]!, tally: tallyOfBallot(ballot) }
      : candidateTallyOfBallot(ballot);
  const decided = decideBallot(work.election.progress!, counts, base.setup.rules, base.rng);
  work.election.ballots.push(traceOf(base, ballot));
  ctx.rng = decided.rng;
  work.election.progress = decided.progress;
  work.logs.push(`Ballot ${decided.round.ballot}: ${logNames(base, decided.round.trail.slice(1).map((t) => t.text).join('; ') || decided.round.outcome)}`);
  if (decided.progress.status === 'complete') {
    finishTarget(work);
    startNextTarget(work);
  }
  commit(ctx, work);
}

/** Withdraws a candidate before the next ballot (R6.6 by analogy). */
export function withdraw(ctx: ContextDraft, base: SessionContext, candidate: string): void {
  const work = workOn(base, base.election!);
  const election = work.election;
  election.withdrawn.push(candidate);
  election.excluded.push({ candidate, reason: 'withdrew', rule: 'R6.6' });
  work.logs.push(`Candidate ${candidate} withdraws`);
  const progress = election.progress;
  if (progress) {
    const candidates = progress.candidates.filter((c) => c.id !== candidate);
    election.progress = { ...progress, candidates };
    if (candidates.length === 0) {
      const target = election.targets[election.target]!;
      election.progress = startElection({ post: target.post, region: target.region, seats: target.seats, candidates: [] }, base.setup.rules);
      finishTarget(work);
      startNextTarget(work);
    }
  }
  commit(ctx, work);
}

/** Whether the election item has seats still to ballot. */
export function hasBallotsLeft(ctx: SessionContext): boolean {
  return ctx.election !== null && ctx.election.progress !== null && ctx.election.progress.status === 'balloting';
}

/**
 * Ends the election item under way for want of a quorum (Q1): the seat being balloted, if any ballot
 * was held, is recorded as left vacant with its rounds; returns whether any seat of the item is on
 * the record (the item can then only be deferred, not taken up again from the start).
 */
export function interruptElection(ctx: ContextDraft, base: SessionContext, reason: string): boolean {
  const election = base.election;
  if (election === null) return false;
  const work = workOn(base, election);
  const progress = work.election.progress;
  if (progress !== null && progress.status === 'balloting' && progress.rounds.length > 0) {
    const left = progress.seats - progress.elected.length - progress.vacant;
    work.election.progress = { ...progress, status: 'complete', vacant: progress.vacant + left, vacancyReason: progress.vacancyReason ? `${progress.vacancyReason}; ${reason}` : reason };
    finishTarget(work);
  }
  commit(ctx, work);
  ctx.election = null;
  return [...recordsOf(base), ...work.records].some((r) => r.kind === 'election' && r.item === election.item);
}
