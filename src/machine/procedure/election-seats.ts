import type { Candidate } from '../../domain/election.js';
import { candidateEligibility, fillSeat, vicePresidentRegionsToElect } from '../../rules/committee.js';
import { electionResult, startElection } from '../../rules/election/start-election.js';
import { checkNomination } from '../../rules/nominations.js';
import type { ElectionItem } from '../../scenario/agenda-schema.js';
import type { ElectionTarget, SessionContext } from '../context.js';
import { recordsOf, type NomineeExclusion } from '../../record/record.js';
import { nominationFor } from './nomination.js';
import type { Work } from './election-work.js';

// The seats an election item fills and the life of each: who is on its paper, and its end.

/** The election item the context is on (throws if it is not one: a bug). */
export function currentElectionItem(ctx: SessionContext): ElectionItem {
  const item = ctx.setup.items[ctx.item]!;
  if (item.kind !== 'election') throw new Error(`item ${item.id} is not an election`);
  return item;
}

/** The seats an election item fills, from the Committee as it stands now (Q7, Q8, Q9, R1.7). */
export function targetsOf(ctx: SessionContext, item: ElectionItem): ElectionTarget[] {
  const { rules, year } = ctx.setup;
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
export function startNextTarget(work: Work): void {
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

/** Reopened delegate seats an item now fills are no longer waiting (Q7). */
export function consumeReopened(reopened: SessionContext['reopened'], item: ElectionItem, count: number): void {
  for (let i = 0; i < count; i++) {
    const at = reopened.findIndex((s) => s.post === 'delegate' && s.region === item.region);
    if (at >= 0) reopened.splice(at, 1);
  }
}

/** Records the finished seat, seats the winners (R1.8, Q7) and moves to the next seat. */
export function finishTarget(work: Work): void {
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
