
import type { Candidate, Committee } from '../../domain/election.js';
import type { BallotCounts } from '../../domain/election-progress.js';
import { candidateEligibility, fillSeat, vicePresidentRegionsToElect } from '../../rules/committee.js';
import { decideBallot } from '../../rules/election/decide-ballot.js';
import { ballotPaper, electionResult, startElection } from '../../rules/election/start-election.js';
import { checkNomination } from '../../rules/nominations.js';
import type { ElectionInProgress, ElectionRecord, ElectionTarget, NomineeExclusion, OpenBallot, SessionContext } from '../context.js';
import type { ElectionItem } from '../../scenario/agenda-schema.js';
import { append, type ContextDraft } from '../context-update.js';
import { candidateTallyOfBallot, tallyOfBallot, traceOf } from './ballots.js';
import { log } from './log.js';
import { nominationFor } from './nomination.js';
import { recordsOf } from '../record.js';

function currentElectionItem(ctx: SessionContext): ElectionItem {
  const item = ctx.setup.items[ctx.item]!;
  if (item.kind !== 'election') throw new Error(`item ${item.id} is not an election`);
  return item;
}

/** The seats an election item fills, from the Committee as it stands now (Q7, Q8, Q9, R1.7). */
function targetsOf(ctx: SessionContext, item: ElectionItem): ElectionTarget[] {
  const { rules, year } = { rules: ctx.setup.rules, year: ctx.setup.year };
  // a seat vacated before the end of its term (R4.13): the term it had left, for vacancyTerm 'remainder'
  const early = item.earlyVacancy ? { termEnds: item.earlyVacancy.termEnds } : {};
  if (item.post === 'president') return [{ post: 'president', region: null, seats: 1, reopened: false, ...early }];
  if (item.post === 'vice-president') {
    const regions =
      item.region === 'auto' || item.region === undefined
        ? vicePresidentRegionsToElect(ctx.committee, year, null, rules)
        : [item.region];
    return regions.map((region) => ({ post: 'vice-president', region, seats: 1, reopened: false, ...early }));
  }
  const region = item.region === 'auto' || item.region === undefined ? null : item.region;
  const reopened = item.contingent ? ctx.reopened.filter((s) => s.post === 'delegate' && s.region === region) : [];
  const seats = Math.min(item.contingent ? reopened.length : item.seats, item.seats);
  if (seats === 0) return [];
  if (rules.elections.delegateBallot === 'multi-seat') return [{ post: 'delegate', region, seats, reopened: item.contingent, ...early }];
  // a reopened seat keeps the term its holder had left (Q7, R4.13)
  return Array.from({ length: seats }, (_, k) => ({ post: 'delegate' as const, region, seats: 1, reopened: item.contingent, ...(reopened[k] ? { termEnds: reopened[k]!.termEnds } : early) }));
}

/**
 * The working state of an election step: plain copies of what it changes, so that the procedure
 * changes no shared value in place; `commit` writes it back to the draft in one go.
 */
interface Work {
  readonly base: SessionContext;
  election: ElectionInProgress;
  committee: Committee;
  reopened: SessionContext['reopened'];
  records: ElectionRecord[];
  logs: string[];
}

function workOn(base: SessionContext, election: ElectionInProgress): Work {
  const copy = { ...election, withdrawn: [...election.withdrawn], excluded: [...election.excluded], paper: [...election.paper], ballots: [...election.ballots] };
  return { base, election: copy, committee: base.committee, reopened: [...base.reopened], records: [], logs: [] };
}

function commit(ctx: ContextDraft, work: Work): void {
  // frozen (shallowly): successive snapshots share the election under way, so it never changes in
  // place; under immer an unfrozen one was walked whole at each ballot (an election of 1,600 ballots
  // took 45 s of CPU to reach the session cap; found by the fuzzer, issue 18)
  ctx.election = Object.freeze(work.election);
  ctx.committee = work.committee;
  ctx.reopened = work.reopened;
  append(ctx, 'records', ...work.records);
  for (const line of work.logs) log(ctx, line);
}

/**
 * Candidates the Elections Board listed (R4.6) who may still take this seat (R1.5–R1.8), and every
 * other nominee with the reason it is not on the paper.
 */
function candidatesFor(work: Work, target: ElectionTarget): { valid: Candidate[]; excluded: NomineeExclusion[] } {
  const { base, election } = work;
  const item = base.setup.items[election.item]!;
  const rules = base.setup.rules;
  const excluded: NomineeExclusion[] = [];
  const taken = new Map([...recordsOf(base), ...work.records].flatMap((r) => (r.kind === 'election' && r.item === election.item ? r.result.elected.map((id) => [id, r.seat] as const) : [])));
  const valid: Candidate[] = [];
  for (const n of base.setup.nominations[item.id] ?? []) {
    const c = n.candidate;
    const seat = taken.get(c.id);
    if (seat !== undefined) {
      excluded.push({ candidate: c.id, reason: `already elected to seat ${seat} of this election`, rule: 'R4.8' });
      continue;
    }
    if (election.withdrawn.includes(c.id)) {
      excluded.push({ candidate: c.id, reason: 'withdrew', rule: 'R6.6' });
      continue;
    }
    const scrutiny = checkNomination(
      nominationFor(base, n, target),
      { committee: base.setup.committee, sessionYear: base.setup.year },
      rules,
    );
    const first = scrutiny.problems[0];
    if (!scrutiny.valid && first) {
      excluded.push({ candidate: c.id, reason: first.text, rule: first.citation.rule });
      continue;
    }
    const eligibility = candidateEligibility(work.committee, c, { post: target.post, region: target.region }, base.setup.year, rules);
    if (!eligibility.eligible) {
      excluded.push({ candidate: c.id, reason: eligibility.reason ?? 'not eligible', rule: eligibility.citation?.rule ?? '' });
      continue;
    }
    valid.push(c);
  }
  return { valid, excluded };
}

/** Starts the next seat of the election under way, skipping seats nobody may take. */
function startNextTarget(work: Work): void {
  const election = work.election;
  while (election.target < election.targets.length) {
    const target = election.targets[election.target]!;
    const { valid, excluded } = candidatesFor(work, target);
    election.excluded = excluded;
    election.paper = valid.map((c) => c.id);
    election.ballots = [];
    election.progress = startElection({ post: target.post, region: target.region, seats: target.seats, candidates: valid }, work.base.setup.rules);
    if (election.progress.status === 'balloting') return;
    finishTarget(work);
  }
}

/** Opens an election item: the seats to fill and the first seat's candidates. */
export function beginElection(ctx: ContextDraft, base: SessionContext): void {
  const item = currentElectionItem(base);
  const targets = targetsOf(base, item);
  const work = workOn(base, { item: base.item, targets, target: 0, progress: null, withdrawn: [], excluded: [], paper: [], ballots: [] });
  if (item.contingent) consumeReopened(work.reopened, item, targets.length);
  if (targets.length === 0) work.logs.push(`${item.title ?? item.id}: no seat to fill; not held`);
  startNextTarget(work);
  commit(ctx, work);
}

function consumeReopened(reopened: SessionContext['reopened'], item: ElectionItem, count: number): void {
  for (let i = 0; i < count; i++) {
    const at = reopened.findIndex((s) => s.post === 'delegate' && s.region === item.region);
    if (at >= 0) reopened.splice(at, 1);
  }
}

/** Records the finished seat, seats the winners (R1.8, Q7) and moves to the next seat. */
function finishTarget(work: Work): void {
  const { election, base } = work;
  const target = election.targets[election.target]!;
  const result = electionResult(election.progress!);
  const all = base.setup.nominations[base.setup.items[election.item]!.id] ?? [];
  for (const id of result.elected) {
    const candidate = all.find((n) => n.candidate.id === id)!.candidate;
    const seat = { post: target.post, region: target.region ?? candidate.region, ...(target.termEnds === undefined ? {} : { reopenedTermEnds: target.termEnds }) };
    const filled = fillSeat(work.committee, candidate, seat, base.setup.year, base.setup.rules);
    work.committee = filled.committee;
    work.reopened.push(...filled.reopened.map((s) => ({ ...s })));
    work.logs.push(`${candidate.name} (${candidate.member}) elected ${target.post.replace('-', ' ')}${target.region ? ` for ${target.region}` : ''}`);
  }
  if (result.vacant > 0) work.logs.push(`Seat left vacant: ${result.vacancyReason ?? 'no candidate elected'}`);
  work.records.push({
    kind: 'election',
    item: election.item,
    day: base.day,
    seat: election.target + 1,
    post: target.post,
    region: target.region,
    candidates: all.map((n) => n.candidate),
    paper: result.rounds[0]?.candidates ?? election.paper,
    excluded: election.excluded,
    ballots: election.ballots,
    result,
    reopened: target.reopened,
  });
  election.target += 1;
  election.progress = null;
}

/** The candidates on the next ballot paper (R4.6, R4.8). */
export function nextPaper(ctx: SessionContext): readonly string[] {
  return ctx.election?.progress ? ballotPaper(ctx.election.progress) : [];
}

/**
 * The rules core speaks of candidates by id; the log a person reads names them: "PHILIPPE (FRA)".
 * Ids are lowercase letters, digits and dashes (`IdSchema`), so each maximal run of word characters
 * and dashes in the text is either a whole id or none.
 */
function withNames(base: SessionContext, text: string): string {
  const nominated = base.setup.nominations[base.setup.items[base.election!.item]!.id] ?? [];
  if (nominated.length === 0) return text;
  return text.replace(/[\w-]+/g, (word) => {
    const n = nominated.find((m) => m.candidate.id === word);
    return n ? `${n.candidate.name} (${n.candidate.member})` : word;
  });
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
  work.logs.push(`Ballot ${decided.round.ballot}: ${withNames(base, decided.round.trail.slice(1).map((t) => t.text).join('; ') || decided.round.outcome)}`);
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
