import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Candidate, Committee } from '../../src/domain/election.js';
import type { Region } from '../../src/domain/ids.js';
import { REGIONS } from '../../src/domain/ids.js';
import { createRng, type RngState } from '../../src/random/seeded-rng.js';
import {
  candidateEligibility, checkComposition, committeeAfterSession, continuingSeats, fillSeat, vicePresidentRegionsToElect, type SeatTarget,
} from '../../src/rules/committee.js';
import { runElection, type CastBallot } from '../../src/rules/election/run-election.js';
import type { RuleSet } from '../../src/rules/rule-set.js';
import { arbCandidates, arbCastBallot, arbCommittee, arbCommitteeRules, arbElectionInput, arbElectionRules } from '../../src/testing/index.js';

const runs = { numRuns: 1000 };
const election = fc.record({ input: arbElectionInput(), cast: arbCastBallot(), rules: arbElectionRules(), seed: fc.integer() });
type Drawn = typeof election extends fc.Arbitrary<infer T> ? T : never;
const run = ({ input, cast, rules, seed }: Drawn) =>
  runElection(input, cast, rules, createRng(seed)).result;

describe('election properties (R4.8–R4.11, Q5, Q6)', () => {
  it('terminates within maxBallots per seat plus the tie ballots', () => {
    fc.assert(fc.property(election, (e) => {
      const bound = e.input.seats * ((e.rules.elections.maxBallots ?? 100) + 1) + 10;
      expect(run(e).rounds.length).toBeLessThanOrEqual(bound);
    }), runs);
  });

  it('terminates under drop-lowest with no ballot limit', () => {
    const unlimited = arbElectionRules(fc.constant(null)).map((r) => ({ ...r, elections: { ...r.elections, elimination: 'drop-lowest' as const } }));
    fc.assert(fc.property(arbElectionInput(), arbCastBallot(), unlimited, fc.integer(), (input, cast, rules, seed) => {
      const n = input.candidates.length;
      const bound = input.seats * (n + 1) * (rules.elections.tieExtraBallots + 2) + rules.elections.presidentEliminationFromBallot + 4;
      expect(runElection(input, cast, rules, createRng(seed)).result.rounds.length).toBeLessThanOrEqual(bound);
    }), runs);
  });

  it('never elects more candidates than seats, and accounts for every seat', () => {
    fc.assert(fc.property(election, (e) => {
      const r = run(e);
      expect(r.elected.length).toBeLessThanOrEqual(e.input.seats);
      expect(r.elected.length + r.vacant).toBe(e.input.seats);
    }), runs);
  });

  it('conserves the counts: the announcement adds up to the entitled electorate at most', () => {
    fc.assert(fc.property(election, (e) => {
      for (const round of run(e).rounds) {
        const a = round.announcement;
        expect(a.abstentions + a.invalid + a.expressed).toBeLessThanOrEqual(a.entitled);
      }
    }), runs);
  });

  it('gives the same lots and the same result for the same seed', () => {
    fc.assert(fc.property(election, (e) => {
      expect(run(e)).toEqual(run(e));
    }), runs);
  });

  it('elects only candidates with the required majority or drawn by lots (majority criterion)', () => {
    fc.assert(fc.property(election, (e) => {
      for (const round of run(e).rounds) {
        for (const id of round.elected) {
          const votes = round.yesNo ? round.yesNo.yes : (round.tally?.votes[id] ?? 0);
          const drawn = round.tieBreaks.some((t) => t.kind === 'lots' && t.purpose === 'elect' && t.drawn === id);
          expect(drawn || votes >= round.threshold.required).toBe(true);
        }
      }
    }), runs);
  });

  it('never elects an eliminated candidate', () => {
    fc.assert(fc.property(election, (e) => {
      const r = run(e);
      const eliminated = r.rounds.flatMap((round) => round.eliminated);
      expect(r.elected.filter((id) => eliminated.includes(id))).toEqual([]);
    }), runs);
  });

  it('numbers the rounds 1..n consecutively', () => {
    fc.assert(fc.property(election, (e) => {
      expect(run(e).rounds.map((round) => round.ballot)).toEqual(run(e).rounds.map((_, i) => i + 1));
    }), runs);
  });
});

/** One session of elections in the order of Q7: President, VPs, then Delegates, re-checking eligibility. */
function session(start: Committee, year: number, pool: readonly Candidate[], cast: CastBallot, rules: RuleSet, seed: number) {
  let committee = start;
  let rng: RngState = createRng(seed);
  let vacantVp = false;
  const elect = (target: SeatTarget, seats: number): number => {
    const candidates = pool.filter((c) => candidateEligibility(committee, c, target, year, rules).eligible);
    const out = runElection({ post: target.post, region: target.region, seats, candidates }, cast, rules, rng);
    rng = out.rng;
    let seated = 0;
    for (const id of out.result.elected) {
      const c = pool.find((x) => x.id === id)!;
      if (!candidateEligibility(committee, c, target, year, rules).eligible) continue;
      committee = fillSeat(committee, c, target, year, rules).committee;
      seated += 1;
    }
    return seated;
  };
  const hasPresident = continuingSeats(committee, year).some((s) => s.post === 'president');
  if (!hasPresident) elect({ post: 'president', region: null }, 1);
  const president = continuingSeats(committee, year).find((s) => s.post === 'president')?.region ?? null;
  for (const region of vicePresidentRegionsToElect(committee, year, president, rules)) {
    if (elect({ post: 'vice-president', region }, 1) === 0) vacantVp = true;
  }
  for (const region of REGIONS) {
    const held = continuingSeats(committee, year).filter((s) => s.post === 'delegate' && s.region === region).length;
    const free = rules.elections.delegateSeats[region as Region] - held;
    if (free > 0) elect({ post: 'delegate', region }, free);
  }
  return { committee: committeeAfterSession(committee, year), vacantVp };
}

describe('committee properties (R1.5–R1.7, R9.3)', () => {
  const pool = fc.tuple(...REGIONS.map((r) => arbCandidates(r, 5))).map((lists) => lists.flat().map((c) => ({ ...c, id: `${c.region}-${c.id}` })));
  // regression: a newly elected President or VP used to be eligible for a Delegate seat, and fillSeat
  // then vacated the presidency seat (eligibility/already-seated now refuses moves down or sideways)
  it('keeps every Committee produced by random valid elections within checkComposition', () => {
    fc.assert(fc.property(arbCommittee(2025), pool, arbCastBallot(), arbCommitteeRules(), fc.integer(), (start, candidates, cast, rules, seed) => {
      const { committee, vacantVp } = session(start, 2025, candidates, cast, rules, seed);
      const codes = checkComposition(committee, rules).map((v) => v.code);
      // a VP seat left vacant can leave a continent uncovered until the next session (R1.7)
      expect(codes.filter((c) => !(vacantVp && c === 'committee/presidency-continents'))).toEqual([]);
    }), runs);
  });
});
