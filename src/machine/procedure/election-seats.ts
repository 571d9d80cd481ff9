import type { Candidate } from '../../domain/election.js';
import { fillSeat } from '../../rules/committee.js';
import { nomineesFor, type ElectionTarget, type NomineeExclusion } from '../../rules/election/seats.js';
import { electionResult, startElection } from '../../rules/election/start-election.js';
import type { ElectionItem } from '../../scenario/agenda-schema.js';
import type { SessionContext } from '../context.js';
import { recordsOf } from '../../record/record.js';
import type { Work } from './election-work.js';

// The seats an election item fills and the life of each: who is on its paper, and its end.

/** The election item the context is on (throws if it is not one: a bug). */
export function currentElectionItem(ctx: SessionContext): ElectionItem {
  const item = ctx.setup.items[ctx.item]!;
  if (item.kind !== 'election') throw new Error(`item ${item.id} is not an election`);
  return item;
}

/** Who may stand for a seat of the election under way, and why the other nominees may not (R4.6, R4.8). */
function candidatesFor(work: Work, target: ElectionTarget): { valid: Candidate[]; excluded: NomineeExclusion[] } {
  const { base, election } = work;
  const setup = base.setup;
  const elected = new Map([...recordsOf(base), ...work.records].flatMap((r) => (r.kind === 'election' && r.item === election.item ? r.result.elected.map((id) => [id, r.seat] as const) : [])));
  const nominations = setup.nominations[setup.items[election.item]!.id] ?? [];
  const situation = {
    nominations,
    elected,
    withdrawn: election.withdrawn,
    committeeAtOpening: setup.committee,
    committee: work.committee,
    standings: base.standings,
    year: setup.year,
  };
  return nomineesFor(target, situation, setup.rules);
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
