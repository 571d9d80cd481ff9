import type { Draft } from 'immer';
import type { Candidate } from '../../domain/election.js';
import type { BallotCounts } from '../../domain/election-progress.js';
import { candidateEligibility, fillSeat, vicePresidentRegionsToElect } from '../../rules/committee.js';
import { decideBallot } from '../../rules/election/decide-ballot.js';
import { ballotPaper, electionResult, startElection } from '../../rules/election/start-election.js';
import { checkNomination } from '../../rules/nominations.js';
import { isSuspendedForArrears } from '../../rules/voting-rights.js';
import type { ElectionInProgress, ElectionRecord, ElectionTarget, OpenBallot, SessionContext } from '../context.js';
import type { ElectionItem } from '../../scenario/agenda-schema.js';
import { candidateTallyOfBallot, tallyOfBallot } from './ballots.js';
import { log } from './log.js';

function currentElectionItem(ctx: SessionContext): ElectionItem {
  const item = ctx.setup.items[ctx.item]!;
  if (item.kind !== 'election') throw new Error(`item ${item.id} is not an election`);
  return item;
}

/** The seats an election item fills, from the Committee as it stands now (Q7, Q8, Q9, R1.7). */
function targetsOf(ctx: SessionContext, item: ElectionItem): ElectionTarget[] {
  const { rules, year } = { rules: ctx.setup.rules, year: ctx.setup.year };
  if (item.post === 'president') return [{ post: 'president', region: null, seats: 1, reopened: false }];
  if (item.post === 'vice-president') {
    const regions =
      item.region === 'auto' || item.region === undefined
        ? vicePresidentRegionsToElect(ctx.committee, year, null, rules)
        : [item.region];
    return regions.map((region) => ({ post: 'vice-president', region, seats: 1, reopened: false }));
  }
  const region = item.region === 'auto' || item.region === undefined ? null : item.region;
  const available = item.contingent
    ? ctx.reopened.filter((s) => s.post === 'delegate' && s.region === region).length
    : item.seats;
  const seats = Math.min(available, item.seats);
  if (seats === 0) return [];
  if (rules.elections.delegateBallot === 'multi-seat') return [{ post: 'delegate', region, seats, reopened: item.contingent }];
  return Array.from({ length: seats }, () => ({ post: 'delegate' as const, region, seats: 1, reopened: item.contingent }));
}

/** Candidates the Elections Board listed (R4.6) who may still take this seat (R1.5–R1.8). */
function candidatesFor(ctx: SessionContext, election: ElectionInProgress, target: ElectionTarget): { valid: Candidate[]; excluded: ElectionInProgress['excluded'] } {
  const item = ctx.setup.items[election.item]!;
  const rules = ctx.setup.rules;
  const excluded: ElectionInProgress['excluded'] = [];
  const taken = new Set(ctx.records.flatMap((r) => (r.kind === 'election' && r.item === election.item ? r.result.elected : [])));
  const valid: Candidate[] = [];
  for (const n of ctx.setup.nominations[item.id] ?? []) {
    const c = n.candidate;
    if (taken.has(c.id) || election.withdrawn.includes(c.id)) continue;
    const nominator = ctx.standings.find((s) => s.code === c.nominatedBy);
    const scrutiny = checkNomination(
      {
        candidate: c,
        post: target.post,
        region: target.region,
        receivedDaysBeforeOpening: n.receivedDaysBeforeOpening ?? rules.elections.nominationDeadlineDays,
        inDelegation: n.inDelegation,
        nominatorSuspended: nominator ? isSuspendedForArrears(nominator.finances, rules) : true,
        acceptedInWriting: n.acceptedInWriting,
      },
      { committee: ctx.setup.committee, sessionYear: ctx.setup.year },
      rules,
    );
    const first = scrutiny.problems[0];
    if (!scrutiny.valid && first) {
      excluded.push({ candidate: c.id, reason: first.text, rule: first.citation.rule });
      continue;
    }
    const eligibility = candidateEligibility(ctx.committee, c, { post: target.post, region: target.region }, ctx.setup.year, rules);
    if (!eligibility.eligible) {
      excluded.push({ candidate: c.id, reason: eligibility.reason ?? 'not eligible', rule: eligibility.citation?.rule ?? '' });
      continue;
    }
    valid.push(c);
  }
  return { valid, excluded };
}

/** Starts the next seat of the election under way, skipping seats nobody may take. */
function startNextTarget(ctx: Draft<SessionContext>): void {
  const election = ctx.election!;
  while (election.target < election.targets.length) {
    const target = election.targets[election.target]!;
    const { valid, excluded } = candidatesFor(ctx as SessionContext, election as ElectionInProgress, target);
    election.excluded.push(...excluded);
    const progress = startElection({ post: target.post, region: target.region, seats: target.seats, candidates: valid }, ctx.setup.rules);
    election.progress = progress as Draft<typeof progress>;
    if (progress.status === 'balloting') return;
    finishTarget(ctx);
  }
}

/** Opens an election item: the seats to fill and the first seat's candidates. */
export function beginElection(ctx: Draft<SessionContext>): void {
  const item = currentElectionItem(ctx as SessionContext);
  const targets = targetsOf(ctx as SessionContext, item);
  if (item.contingent) consumeReopened(ctx, item, targets.length);
  ctx.election = { item: ctx.item, targets, target: 0, progress: null, withdrawn: [], excluded: [] };
  if (targets.length === 0) log(ctx, `${item.title ?? item.id}: no seat to fill; not held`);
  startNextTarget(ctx);
}

function consumeReopened(ctx: Draft<SessionContext>, item: ElectionItem, count: number): void {
  for (let i = 0; i < count; i++) {
    const at = ctx.reopened.findIndex((s) => s.post === 'delegate' && s.region === item.region);
    if (at >= 0) ctx.reopened.splice(at, 1);
  }
}

/** Records the finished seat, seats the winners (R1.8, Q7) and moves to the next seat. */
function finishTarget(ctx: Draft<SessionContext>): void {
  const election = ctx.election!;
  const target = election.targets[election.target]!;
  const progress = election.progress!;
  const result = electionResult(progress as never);
  const record: ElectionRecord = {
    kind: 'election',
    item: election.item,
    seat: election.target + 1,
    post: target.post,
    region: target.region,
    candidates: progress.candidates.concat() as Candidate[],
    result,
    reopened: target.reopened,
  };
  const all = ctx.setup.nominations[ctx.setup.items[election.item]!.id] ?? [];
  for (const id of result.elected) {
    const candidate = all.find((n) => n.candidate.id === id)!.candidate;
    const filled = fillSeat(ctx.committee as never, candidate, { post: target.post, region: target.region ?? candidate.region }, ctx.setup.year, ctx.setup.rules);
    ctx.committee = filled.committee as Draft<typeof filled.committee>;
    ctx.reopened.push(...filled.reopened.map((s) => ({ ...s })));
    log(ctx, `${candidate.name} (${candidate.member}) elected ${target.post.replace('-', ' ')}${target.region ? ` for ${target.region}` : ''}`);
  }
  if (result.vacant > 0) log(ctx, `Seat left vacant: ${result.vacancyReason ?? 'no candidate elected'}`);
  ctx.records.push({ ...record, candidates: all.map((n) => n.candidate) } as Draft<ElectionRecord>);
  election.target += 1;
  election.progress = null;
}

/** The candidates on the next ballot paper (R4.6, R4.8). */
export function nextPaper(ctx: SessionContext): readonly string[] {
  return ctx.election?.progress ? ballotPaper(ctx.election.progress) : [];
}

/** Decides an election ballot with the rules core; lots use the context's generator (R4.11). */
export function decideElectionBallot(ctx: Draft<SessionContext>, ballot: OpenBallot): void {
  const election = ctx.election!;
  const progress = election.progress! as never;
  const counts: BallotCounts =
    ballot.paper.length === 1
      ? { kind: 'yes-no', candidate: ballot.paper[0]!, tally: tallyOfBallot(ballot) }
      : candidateTallyOfBallot(ballot);
  const decided = decideBallot(progress, counts, ctx.setup.rules, ctx.rng);
  ctx.rng = decided.rng;
  election.progress = decided.progress as Draft<typeof decided.progress>;
  log(ctx, `Ballot ${decided.round.ballot}: ${decided.round.trail.at(-1)?.text ?? decided.round.outcome}`);
  if (decided.progress.status === 'complete') {
    finishTarget(ctx);
    startNextTarget(ctx);
  }
}

/** Withdraws a candidate before the next ballot (R6.6 by analogy). */
export function withdraw(ctx: Draft<SessionContext>, candidate: string): void {
  const election = ctx.election!;
  election.withdrawn.push(candidate);
  const progress = election.progress;
  log(ctx, `Candidate ${candidate} withdraws`);
  if (!progress) return;
  progress.candidates = progress.candidates.filter((c) => c.id !== candidate);
  if (progress.candidates.length > 0) return;
  const target = election.targets[election.target]!;
  election.progress = startElection({ post: target.post, region: target.region, seats: target.seats, candidates: [] }, ctx.setup.rules) as never;
  finishTarget(ctx);
  startNextTarget(ctx);
}

/** Whether the election item has seats still to ballot. */
export function hasBallotsLeft(ctx: SessionContext): boolean {
  return ctx.election !== null && ctx.election.progress !== null && ctx.election.progress.status === 'balloting';
}
