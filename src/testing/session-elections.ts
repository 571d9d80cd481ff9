import type { Candidate, Committee } from '../domain/election.js';
import { REGIONS, type Region } from '../domain/ids.js';
import type { CastBallot } from '../rules/election/run-election.js';
import { candidateEligibility, committeeAfterSession, continuingSeats, fillSeat, vicePresidentRegionsToElect, type SeatTarget } from '../rules/committee.js';
import type { RuleSet } from '../rules/rule-set.js';
import { runBounded } from './axioms/election-values.js';
import type { HeldElection } from './counterexample/election-scenario.js';

/** Which VP continents a session elects; the real core is `vicePresidentRegionsToElect`. */
export type RegionsToElect = typeof vicePresidentRegionsToElect;

/**
 * One session of elections in the order of Q7: President (if the seat is free), VPs for the
 * continents the rules ask for, then free Delegate seats, re-checking eligibility before each seat.
 * Each election stops after 100 ballots, so a rule set that never ends still yields a Committee.
 */
export function runSessionElections(
  start: Committee,
  year: number,
  pool: readonly Candidate[],
  cast: CastBallot,
  rules: RuleSet,
  regionsToElect: RegionsToElect = vicePresidentRegionsToElect,
): { committee: Committee; vacantVp: boolean; elections: HeldElection[] } {
  let committee = start;
  let vacantVp = false;
  const elections: HeldElection[] = [];
  const elect = (target: SeatTarget, seats: number): number => {
    const candidates = pool.filter((c) => candidateEligibility(committee, c, target, year, rules).eligible);
    const input = { post: target.post, region: target.region, seats, candidates };
    const { progress } = runBounded(input, cast, rules, 100, year + elections.length);
    elections.push({ ...input, rounds: progress.rounds });
    let seated = 0;
    for (const id of progress.elected) {
      const c = pool.find((x) => x.id === id)!;
      if (!candidateEligibility(committee, c, target, year, rules).eligible) continue;
      committee = fillSeat(committee, c, target, year, rules).committee;
      seated += 1;
    }
    return seated;
  };
  if (!continuingSeats(committee, year).some((s) => s.post === 'president')) elect({ post: 'president', region: null }, 1);
  const president = continuingSeats(committee, year).find((s) => s.post === 'president')?.region ?? null;
  for (const region of regionsToElect(committee, year, president, rules)) {
    if (elect({ post: 'vice-president', region }, 1) === 0) vacantVp = true;
  }
  for (const region of REGIONS) {
    const held = continuingSeats(committee, year).filter((s) => s.post === 'delegate' && s.region === region).length;
    const free = rules.elections.delegateSeats[region as Region] - held;
    if (free > 0) elect({ post: 'delegate', region }, free);
  }
  return { committee: committeeAfterSession(committee, year), vacantVp, elections };
}
