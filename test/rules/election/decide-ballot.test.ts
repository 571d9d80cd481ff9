import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/domain/election.js';
import type { ElectionProgress } from '../../../src/domain/election-progress.js';
import { createRng } from '../../../src/random/seeded-rng.js';
import { decideBallot } from '../../../src/rules/election/decide-ballot.js';
import { runElection } from '../../../src/rules/election/run-election.js';
import { ballotPaper, startElection } from '../../../src/rules/election/start-election.js';
import { RuleSetSchema, defaultRuleSet, type RuleSetInput } from '../../../src/rules/rule-set.js';

const cand = (id: string, name: string, member: string, region: Candidate['region']): Candidate => ({
  id, name, member, region, nominatedBy: member,
});
const presidency2025 = [
  cand('philippe', 'Lucas Philippe', 'FRA', 'EUROPE'),
  cand('sabanca', 'Mustafa Serkan Sabanca', 'TUR', 'EUROPE'),
  cand('nainda', 'Anne-Marie Nainda', 'NAM', 'AFRICA'),
  cand('weldeyes', 'Demelash Gebremicheal Weldeyes', 'ETH', 'AFRICA'),
];
const votes2025 = { philippe: 84, sabanca: 60, nainda: 12, weldeyes: 8 };
const tally = (votes: Record<string, number>) => ({ entitled: 179, abstain: 0, invalid: 0, votes });
const rules = (input: RuleSetInput = {}) => RuleSetSchema.parse(input);
const rng = createRng(2025);

function atBallot(seatBallot: number): ElectionProgress {
  const p = startElection({ post: 'president', region: null, seats: 1, candidates: presidency2025 }, defaultRuleSet());
  return { ...p, seatBallot };
}

describe('decideBallot: the 2025 presidency (§10, Q21)', () => {
  it('elects Philippe on ballot 3 with 83 required of 164 expressed (R4.9, Q4)', () => {
    const { progress, round } = decideBallot(atBallot(2), tally(votes2025), defaultRuleSet(), rng);
    expect(round.threshold.required).toBe(83);
    expect(round.announcement.expressed).toBe(164);
    expect(round.announcement.counts.map((c) => c.label)).toEqual(['philippe', 'sabanca', 'nainda', 'weldeyes']);
    expect(round.outcome).toBe('elected');
    expect(progress.elected).toEqual(['philippe']);
    expect(progress.status).toBe('complete');
  });

  it('elects nobody on ballot 1, needs 110 and drops nobody (R4.9, Q6)', () => {
    const { progress, round } = decideBallot(atBallot(0), tally(votes2025), defaultRuleSet(), rng);
    expect(round.threshold.required).toBe(110);
    expect(round.threshold.majority).toBe('two-thirds-present-voting');
    expect(round.announcement.missing).toBe(26);
    expect(round.outcome).toBe('no-majority');
    expect(round.eliminated).toEqual([]);
    expect(ballotPaper(progress)).toHaveLength(4);
  });
});

const vps = [cand('a', 'Alpha', 'KEN', 'AFRICA'), cand('b', 'Bravo', 'GHA', 'AFRICA'), cand('c', 'Charlie', 'SEN', 'AFRICA')];
const vpInput = { post: 'vice-president' as const, region: 'AFRICA' as const, seats: 1, candidates: vps };

describe('decideBallot: Vice-President and Delegate ballots', () => {
  it('drops the lowest after a VP ballot without a majority (R4.10, Q5)', () => {
    const p = startElection(vpInput, defaultRuleSet());
    const { progress, round } = decideBallot(p, tally({ a: 50, b: 40, c: 30 }), defaultRuleSet(), rng);
    expect(round.threshold.required).toBe(61);
    expect(round.eliminated).toEqual(['c']);
    expect(ballotPaper(progress)).toEqual(['a', 'b']);
  });

  it('keeps the two leaders under the top-two variant (Q5, UN rule 93)', () => {
    const r = rules({ elections: { elimination: 'top-two' } });
    const p = startElection({ ...vpInput, candidates: [...vps, cand('d', 'Delta', 'MLI', 'AFRICA')] }, r);
    const { round } = decideBallot(p, tally({ a: 50, b: 40, c: 30, d: 20 }), r, rng);
    expect(round.eliminated).toEqual(['c', 'd']);
  });

  it('breaks a persisting two-candidate tie by lots after one extra ballot (R4.11)', () => {
    const r = defaultRuleSet();
    const first = decideBallot(startElection({ ...vpInput, candidates: vps.slice(0, 2) }, r), tally({ a: 60, b: 60 }), r, rng);
    expect(first.round.outcome).toBe('tie');
    expect(first.round.tieBreaks[0]?.kind).toBe('extra-ballot');
    const second = decideBallot(first.progress, tally({ a: 61, b: 61 }), r, first.rng);
    const lots = second.round.tieBreaks[0];
    expect(lots?.kind).toBe('lots');
    expect(second.progress.elected).toEqual([lots?.drawn]);
    const again = decideBallot(first.progress, tally({ a: 61, b: 61 }), r, first.rng);
    expect(again.progress.elected).toEqual(second.progress.elected);
  });

  it('votes yes/no on a sole candidate and leaves the seat vacant on rejection (R4.8)', () => {
    const p = startElection({ ...vpInput, candidates: vps.slice(0, 1) }, defaultRuleSet());
    const no = { entitled: 179, yes: 70, no: 80, abstain: 5, invalid: 0 };
    const { progress, round } = decideBallot(p, { kind: 'yes-no', candidate: 'a', tally: no }, defaultRuleSet(), rng);
    expect(round.outcome).toBe('rejected');
    expect(progress).toMatchObject({ status: 'complete', vacant: 1 });
    const yes = { ...no, yes: 80, no: 70 };
    expect(decideBallot(p, { kind: 'yes-no', candidate: 'a', tally: yes }, defaultRuleSet(), rng).progress.elected).toEqual(['a']);
  });

  it('leaves the seat vacant after maxBallots ballots (termination rule)', () => {
    const r = rules({ elections: { maxBallots: 3, elimination: 'none' } });
    const { result } = runElection(vpInput, () => tally({ a: 50, b: 40, c: 30 }), r, rng);
    expect(result.rounds).toHaveLength(3);
    expect(result.vacant).toBe(1);
    expect(result.vacancyReason).toBe('no candidate reached the required majority in 3 ballots');
  });

  it('elects the top two with a majority in a multi-seat ballot (Q8)', () => {
    const r = rules({ elections: { delegateBallot: 'multi-seat' } });
    const input = { post: 'delegate' as const, region: 'AFRICA' as const, seats: 2, candidates: vps };
    const { result } = runElection(input, () => tally({ a: 100, b: 90, c: 30 }), r, rng);
    expect(result.elected).toEqual(['a', 'b']);
    expect(result.rounds).toHaveLength(1);
  });

  it('completes at once with the seat vacant when nobody stands (R4.6)', () => {
    const p = startElection({ ...vpInput, candidates: [] }, defaultRuleSet());
    expect(p).toMatchObject({ status: 'complete', vacant: 1 });
  });

  it('throws when counts exceed the electorate (conservation)', () => {
    const p = startElection(vpInput, defaultRuleSet());
    expect(() => decideBallot(p, tally({ a: 100, b: 80, c: 10 }), defaultRuleSet(), rng)).toThrow(/exceed the 179/);
  });
});
