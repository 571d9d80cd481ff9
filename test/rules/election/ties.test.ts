import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/domain/election.js';
import { createRng } from '../../../src/random/seeded-rng.js';
import { decideBallot } from '../../../src/rules/election/decide-ballot.js';
import { ballotPaper, startElection } from '../../../src/rules/election/start-election.js';
import { RuleSetSchema } from '../../../src/rules/rule-set.js';

const cand = (id: string, name: string): Candidate => ({ id, name, member: `M${id}`, region: 'AFRICA', nominatedBy: `M${id}` });
const field = [cand('a', 'Alpha'), cand('b', 'Bravo'), cand('c', 'Charlie'), cand('d', 'Delta')];
const tally = (votes: Record<string, number>) => ({ entitled: 179, abstain: 0, invalid: 0, votes });
const rng = createRng(93);

describe('a tie in a multi-seat Delegate ballot (Q8, R4.11)', () => {
  // 179 papers, two seats: 90 votes is a simple majority of the papers (floor(179/2)+1)
  const table: readonly [string, Record<string, number>, number, { outcome: string; kinds: string[]; fixed: string[]; group: string[]; next: string[] | 'complete' }][] = [
    // R4.11: a above the line is elected at once; b and c tie for the second seat and go to an extra ballot
    ['tie for the last seat, extra ballot first', { a: 100, b: 90, c: 90, d: 10 }, 1, { outcome: 'elected', kinds: ['extra-ballot'], fixed: ['a'], group: [], next: ['b', 'c'] }],
    // R4.11 with no extra ballot configured: lots give the second seat to b or c
    ['tie for the last seat, lots at once', { a: 100, b: 90, c: 90, d: 10 }, 0, { outcome: 'elected', kinds: ['lots'], fixed: ['a'], group: ['b', 'c'], next: 'complete' }],
    // three tied above the majority for two seats: an extra ballot between all three, nobody elected yet
    ['three tied for two seats, extra ballot', { a: 95, b: 95, c: 95, d: 10 }, 1, { outcome: 'tie', kinds: ['extra-ballot'], fixed: [], group: [], next: ['a', 'b', 'c'] }],
    // three tied, no extra ballot: two lots, each drawing one of the three
    ['three tied for two seats, two lots', { a: 95, b: 95, c: 95, d: 10 }, 0, { outcome: 'elected', kinds: ['lots', 'lots'], fixed: [], group: ['a', 'b', 'c'], next: 'complete' }],
  ];
  it.each(table)('%s', (_name, votes, tieExtraBallots, want) => {
    const rules = RuleSetSchema.parse({ elections: { delegateBallot: 'multi-seat', tieExtraBallots } });
    const p = startElection({ post: 'delegate', region: 'AFRICA', seats: 2, candidates: field }, rules);
    const { progress, round } = decideBallot(p, tally(votes), rules, rng);
    expect(round.threshold.required).toBe(90);
    expect(round.outcome).toBe(want.outcome);
    expect(round.tieBreaks.map((t) => t.kind)).toEqual(want.kinds);
    const drawn = round.elected.filter((id) => !want.fixed.includes(id));
    expect(round.elected.filter((id) => want.fixed.includes(id))).toEqual(want.fixed);
    expect(drawn.every((id) => want.group.includes(id))).toBe(true);
    expect(round.elected).toHaveLength(want.fixed.length + (want.kinds[0] === 'lots' ? want.kinds.length : 0));
    if (want.next === 'complete') expect(progress.status).toBe('complete');
    else expect(ballotPaper(progress)).toEqual(want.next);
  });
});

describe('top-two elimination with a tie on the cut line (Q5, UN GA rule 93, R4.11)', () => {
  it('drops the candidates below the line and draws lots among those tied on it', () => {
    const rules = RuleSetSchema.parse({ elections: { elimination: 'top-two' } });
    const p = startElection({ post: 'vice-president', region: 'AFRICA', seats: 1, candidates: field }, rules);
    const { progress, round } = decideBallot(p, tally({ a: 50, b: 40, c: 40, d: 20 }), rules, rng);
    expect(round.outcome).toBe('no-majority');
    const lots = round.tieBreaks[0]!;
    expect(round.tieBreaks).toHaveLength(1);
    expect(lots).toMatchObject({ kind: 'lots', purpose: 'eliminate', candidates: ['b', 'c'] });
    expect(round.eliminated).toEqual(['d', lots.drawn]);
    expect(ballotPaper(progress)).toEqual(['a', lots.drawn === 'b' ? 'c' : 'b']);
    // the same seed draws the same lot (R4.11, principle 2)
    expect(decideBallot(p, tally({ a: 50, b: 40, c: 40, d: 20 }), rules, rng).round.tieBreaks).toEqual(round.tieBreaks);
  });

  it('keeps every candidate tied above the line and draws nobody when the line is clear', () => {
    const rules = RuleSetSchema.parse({ elections: { elimination: 'top-two' } });
    const p = startElection({ post: 'vice-president', region: 'AFRICA', seats: 1, candidates: field }, rules);
    const { round } = decideBallot(p, tally({ a: 45, b: 45, c: 30, d: 30 }), rules, rng);
    expect(round.eliminated).toEqual(['c', 'd']);
    expect(round.tieBreaks).toEqual([]);
  });
});

describe('ties on the President\'s two-thirds ballots (R4.9, R4.11, Q5, Q6)', () => {
  const two = [cand('a', 'Alpha'), cand('b', 'Bravo')];
  const run = (rules = RuleSetSchema.parse({})) => {
    let p = startElection({ post: 'president', region: null, seats: 1, candidates: two }, rules);
    let state = rng;
    const rounds = [];
    while (p.status === 'balloting' && rounds.length < 6) {
      const decided = decideBallot(p, tally({ a: 80, b: 80 }), rules, state);
      rounds.push(decided.round);
      p = decided.progress;
      state = decided.rng;
    }
    return rounds;
  };
  const table: readonly [string, number, string, string[]][] = [
    // R4.9: ballots 1-2 need two-thirds; a tie there is an inconclusive ballot, no extra ballot, no lot
    ['ballot 1: two-thirds, inconclusive', 0, 'no-majority', []],
    ['ballot 2: two-thirds, inconclusive', 1, 'no-majority', []],
    // R4.11: from ballot 3 a simple majority suffices and the tie rule applies: one extra ballot …
    ['ballot 3: simple majority, an extra ballot', 2, 'tie', ['extra-ballot']],
    // … then lots (tieExtraBallots 1)
    ['ballot 4: the tie persists, lots', 3, 'elected', ['lots']],
  ];
  const rounds = run();
  it.each(table)('%s', (_name, index, outcome, kinds) => {
    expect(rounds[index]!.outcome).toBe(outcome);
    expect(rounds[index]!.tieBreaks.map((t) => t.kind)).toEqual(kinds);
  });

  it('takes four ballots and draws the only lot on the fourth', () => {
    expect(rounds).toHaveLength(4);
    expect(rounds.slice(0, 3).flatMap((r) => r.tieBreaks.filter((t) => t.kind === 'lots'))).toEqual([]);
    expect(rounds[0]!.trail.map((t) => t.text).join(' ')).toContain('inconclusive');
  });

  it('draws lots on ballot 2 under the tie-break variant (tiesUnderTwoThirds: tie-break)', () => {
    const variant = run(RuleSetSchema.parse({ elections: { tiesUnderTwoThirds: 'tie-break' } }));
    expect(variant).toHaveLength(2);
    expect(variant[1]!.tieBreaks.map((t) => t.kind)).toEqual(['lots']);
  });
});
