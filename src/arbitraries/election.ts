import fc from 'fast-check';
import type { Candidate, Post } from '../domain/election.js';
import type { BallotCounts, ElectionInput } from '../domain/election-progress.js';
import { REGIONS, type CandidateId, type Region } from '../domain/ids.js';
import type { CandidateTally } from '../domain/vote.js';
import type { BallotBase } from '../rules/election/ballot-threshold.js';
import { RuleSetSchema, type RuleSet } from '../rules/rule-set.js';

/** Candidates of one region with unique ids and names and countries drawn from a small pool. */
export function arbCandidates(region: Region, max = 6): fc.Arbitrary<readonly Candidate[]> {
  return fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: max }).map((ns) =>
    ns.map((n) => ({ id: `c${n}`, name: `Candidate ${String(n).padStart(2, '0')}`, member: `${region.slice(0, 2)}${n % 9}`, region, nominatedBy: `${region.slice(0, 2)}${n % 9}` })),
  );
}

/** A candidate tally for a paper with every count small enough to conserve the electorate. */
export function arbCandidateTally(paper: readonly CandidateId[]): fc.Arbitrary<CandidateTally> {
  return fc.tuple(fc.array(fc.nat(30), { minLength: paper.length, maxLength: paper.length }), fc.nat(5), fc.nat(5)).map(
    ([votes, abstain, invalid]) => ({
      entitled: 30 * paper.length + 10,
      abstain,
      invalid,
      votes: Object.fromEntries(paper.map((id, i) => [id, votes[i] ?? 0])),
    }),
  );
}

/** A whole election input: post, region, 1–3 seats (1 for the President) and up to 6 candidates. */
export function arbElectionInput(): fc.Arbitrary<ElectionInput> {
  return fc
    .record({ post: fc.constantFrom<Post>('president', 'vice-president', 'delegate'), region: fc.constantFrom(...REGIONS), seats: fc.integer({ min: 1, max: 3 }) })
    .chain(({ post, region, seats }) =>
      arbCandidates(region).map((candidates) => ({ post, region: post === 'president' ? null : region, seats: post === 'delegate' ? seats : 1, candidates })),
    );
}

/** A deterministic voter model from a list of numbers: the counts of ballot n on any paper. */
export function arbCastBallot(): fc.Arbitrary<(paper: readonly CandidateId[], ballot: number) => BallotCounts> {
  return fc.array(fc.nat(30), { minLength: 1, maxLength: 40 }).map((xs) => (paper, ballot) => {
    const at = (i: number) => xs[(ballot * 7 + i) % xs.length]!;
    const entitled = 30 * (paper.length + 2);
    if (paper.length === 1) {
      return { kind: 'yes-no', candidate: paper[0]!, tally: { entitled, yes: at(0), no: at(1), abstain: at(2) % 5, invalid: at(3) % 3 } };
    }
    return { entitled, abstain: at(0) % 5, invalid: at(1) % 3, votes: Object.fromEntries(paper.map((id, i) => [id, at(i + 2)])) };
  });
}

/** Election settings of a rule set: elimination, tie ballots, ballot limit, majorities, counting base. */
export function arbElectionRules(maxBallots: fc.Arbitrary<number | null> = fc.integer({ min: 1, max: 12 })): fc.Arbitrary<RuleSet> {
  const majority = fc.constantFrom('simple' as const, 'two-thirds-present-voting' as const, 'plurality' as const);
  return fc
    .record({
      elimination: fc.constantFrom('drop-lowest' as const, 'top-two' as const, 'none' as const),
      tieExtraBallots: fc.integer({ min: 0, max: 2 }),
      maxBallots,
      presidentTwoThirdsBallots: fc.integer({ min: 0, max: 3 }),
      presidentLaterMajority: majority,
      otherMajority: majority,
      presidentEliminationFromBallot: fc.integer({ min: 1, max: 4 }),
      delegateBallot: fc.constantFrom('seat-by-seat' as const, 'multi-seat' as const),
      abstentionsInBase: fc.boolean(),
      invalidInBase: fc.boolean(),
    })
    .map(({ abstentionsInBase, invalidInBase, ...elections }) =>
      RuleSetSchema.parse({ elections, counting: { abstentionsInBase, invalidInBase } }),
    );
}

/** The counts a ballot threshold reads, conserving the electorate; the runner-up has at most half the votes. */
export const arbBallotBase: fc.Arbitrary<BallotBase> = fc
  .record({ valid: fc.nat(300), abstain: fc.nat(30), invalid: fc.nat(10), absent: fc.nat(50), share: fc.nat(100) })
  .map(({ valid, abstain, invalid, absent, share }) => ({
    entitled: valid + abstain + invalid + absent,
    abstain,
    invalid,
    valid,
    runnerUp: Math.floor((valid * share) / 200),
  }));

/**
 * Stubborn voters: the same counts for each candidate on every ballot, whoever is left on the paper
 * (a sole candidate gets `yes`/`no`). At most 188 papers, so a counterexample fits the 196 Members.
 */
export function arbStubbornBallot(): fc.Arbitrary<(paper: readonly CandidateId[], ballot: number) => BallotCounts> {
  return fc
    .record({ votes: fc.array(fc.nat(30), { minLength: 6, maxLength: 6 }), no: fc.nat(30), abstain: fc.nat(5), invalid: fc.nat(3) })
    .map(({ votes, no, abstain, invalid }) => (paper) => {
      const entitled = 196;
      const of = (id: CandidateId) => votes[Number(id.replace(/\D/g, '')) % votes.length]!;
      if (paper.length === 1) {
        return { kind: 'yes-no', candidate: paper[0]!, tally: { entitled, yes: of(paper[0]!), no, abstain, invalid } };
      }
      return { entitled, abstain, invalid, votes: Object.fromEntries(paper.map((id) => [id, of(id)])) };
    });
}

/** Up to `perRegion` candidates from each region, with ids unique across regions (e.g. `europe-c3`). */
export function arbCandidatePool(perRegion = 5): fc.Arbitrary<Candidate[]> {
  return fc
    .tuple(...REGIONS.map((r) => arbCandidates(r, perRegion)))
    .map((lists) => lists.flat().map((c) => ({ ...c, id: `${c.region.toLowerCase()}-${c.id}` })));
}
