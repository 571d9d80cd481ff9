import { describe, expect, it } from 'vitest';
import type { SeatOutcome, SessionOutcome } from '../../../src/sim/outcome.js';
import { aggregateOutcomes } from '../../../src/sim/sweep/aggregate.js';
import { bar } from '../../../src/sim/sweep/bar.js';
import type { SweepCatalogue } from '../../../src/sim/sweep/catalogue.js';
import { renderSummary } from '../../../src/sim/sweep/render-summary.js';
import { shareDistribution } from '../../../src/sim/sweep/share.js';
import { summarise } from '../../../src/sim/sweep/summarise.js';
import { summaryToCsv } from '../../../src/sim/sweep/summary-format.js';
import { wilsonEstimate } from '../../../src/sim/sweep/wilson.js';

const catalogue: SweepCatalogue = {
  scenario: 'synthetic',
  title: 'Synthetic session',
  elections: [
    {
      item: 'elect-president',
      title: 'Election of the President',
      post: 'president',
      region: null,
      seats: 1,
      contingent: false,
      candidates: [
        { id: 'ana', name: 'Ana Lima', member: 'BRA', memberName: 'Brazil' },
        { id: 'bo', name: 'Bo Wang', member: 'CHN', memberName: 'China' },
        { id: 'chidi', name: 'Chidi Okeke', member: 'NGA', memberName: 'Nigeria' },
      ],
    },
    { item: 'elect-delegate', title: 'Election of a Delegate (seat reopened)', post: 'delegate', region: 'auto', seats: 1, contingent: true, candidates: [{ id: 'dora', name: 'Dora Weber', member: 'AUT', memberName: 'Austria' }] },
  ],
  questions: [{ key: 'budget-2026', item: 'budget-2026', amendment: null, title: 'Budget for 2026' }],
};

const president = (winner: string | null, ballots: number, votes: Record<string, number>): SeatOutcome => ({
  item: 'elect-president', post: 'president', region: null, seat: 1, winner, ballots, vacancyReason: winner ? null : 'limit', lots: false,
  decisive: { ballot: ballots, expressed: Object.values(votes).reduce((a, b) => a + b, 0), votes },
});
const delegate: SeatOutcome = { item: 'elect-delegate', post: 'delegate', region: 'EUROPE', seat: 1, winner: 'dora', ballots: 1, vacancyReason: null, lots: false, decisive: { ballot: 1, expressed: 10, votes: { dora: 9 } } };

function outcome(seats: SeatOutcome[], adopted: boolean): SessionOutcome {
  const budget = { item: 'budget-2026', amendment: null, title: 'Budget', decision: adopted ? ('adopted' as const) : ('rejected' as const), yes: 1, no: 0, abstain: 0, invalid: 0, entitled: 1 };
  return { scenario: 'synthetic', seed: 0, seats, questions: [budget], committee: [] };
}
// four runs: Ana twice, Bo once, one vacancy; the contingent Delegate seat held once only
const summary = summarise(
  aggregateOutcomes([
    outcome([president('ana', 1, { ana: 60, bo: 30, chidi: 10 }), delegate], true),
    outcome([president('ana', 2, { ana: 55, bo: 45 })], true),
    outcome([president('bo', 2, { ana: 40, bo: 60 })], false),
    outcome([president(null, 3, { ana: 50, bo: 50 })], true),
  ]),
  catalogue,
  11,
);

describe('summarise', () => {
  it.each([
    { name: 'no trials: the whole interval', count: 0, n: 0, expected: { p: 0, low: 0, high: 1 } },
    { name: 'half of 100', count: 50, n: 100, expected: { p: 0.5, low: 0.4038, high: 0.5962 } },
    { name: 'all of 10', count: 10, n: 10, expected: { p: 1, low: 0.7225, high: 1 } },
  ])('wilsonEstimate: $name', ({ count, n, expected }) => {
    expect(wilsonEstimate(count, n)).toMatchObject(expected);
  });

  it('lists every nominee, including one who never wins, with its upper bound', () => {
    const seat = summary.seats[0]!;
    expect(seat.candidates.map((c) => [c.name, c.wins.count, c.wins.p, c.wins.high])).toEqual([
      ['Ana Lima', 2, 0.5, 0.85],
      ['Bo Wang', 1, 0.25, 0.6994],
      ['Chidi Okeke', 0, 0, 0.4899],
    ]);
    expect([seat.vacant.count, seat.notHeld.count]).toEqual([1, 0]);
    expect(seat.ballots).toEqual([{ ballots: 1, count: 1, p: 0.25 }, { ballots: 2, count: 2, p: 0.5 }, { ballots: 3, count: 1, p: 0.25 }]);
    expect(seat.meanBallots).toBe(2);
    expect(summary.questions[0]!.adopted.p).toBe(0.75);
  });

  it('tells a seat not held (no seat to fill) from a vacant one, over all runs', () => {
    const seat = summary.seats[1]!;
    expect(seat.label).toBe('Election of a Delegate (seat reopened) · Europe');
    expect([seat.candidates[0]!.wins.count, seat.vacant.count, seat.notHeld.count]).toEqual([1, 0, 3]);
    expect(seat.notHeldReasons.map((r) => [r.reason, r.count])).toEqual([['no-seat', 3]]);
    expect(seat.ballots).toEqual([{ ballots: 1, count: 1, p: 1 }]);
  });

  it('reads vote-share quantiles from an integer histogram', () => {
    const ana = summary.seats[0]!.candidates[0]!;
    expect(ana.share).toEqual({
      runs: 4,
      quantiles: { p5: 40, p25: 40, p50: 50, p75: 55, p95: 60 },
      histogram: [{ percent: 40, count: 1 }, { percent: 50, count: 1 }, { percent: 55, count: 1 }, { percent: 60, count: 1 }],
    });
    expect(summary.seats[0]!.candidates[2]!.onDecisiveBallot.count).toBe(1);
    expect(shareDistribution({})).toBeNull();
    // 1 of 3 votes is 33.3…%: the bin is the whole percent below
    expect(shareDistribution({ 33: 1 })!.quantiles.p50).toBe(33);
  });

  it('draws bars in eighths of a block', () => {
    expect([bar(0, 4), bar(0.5, 4), bar(1 / 32, 4), bar(1, 4, '░')]).toEqual(['    ', '██  ', '▏   ', '████']);
  });

  it('renders a text report in names, never ids, without repeated labels', () => {
    expect(renderSummary(summary, 80)).toMatchInlineSnapshot(`
      "Synthetic session: 4 runs from seed 11
      Probabilities over all runs, with 95% Wilson intervals

      Election of the President · held in 100.0% of runs
        Ana Lima (Brazil)             █████████████▌               50.0%  15.0%–85.0%
        Bo Wang (China)               ██████▊                      25.0%  4.6%–69.9%
        Chidi Okeke (Nigeria)                                       0.0%  0.0%–49.0%
        vacant (held, nobody elected) ██████▊                      25.0%  4.6%–69.9%
        not held                                                    0.0%  0.0%–49.0%
        lots drawn                                                  0.0%  0.0%–49.0%
        ballots when held (mean 2.00)
        1 ballot                      ██████▊                      25.0%
        2 ballots                     █████████████▌               50.0%
        3 ballots                     ██████▊                      25.0%
        share of the votes expressed on the decisive ballot (the one that filled the seat, else the last)
                                      on ballot    p5   p25   med   p75   p95  10%…60%
        Ana Lima (Brazil)                100.0%   40%   40%   50%   55%   60%                 █    █ █  █
        Bo Wang (China)                  100.0%   30%   30%   45%   50%   60%            █      █  █    █
        Chidi Okeke (Nigeria)             25.0%   10%   10%   10%   10%   10%  █

      Election of a Delegate (seat reopened) · Europe · held in 25.0% of runs
        Dora Weber (Austria)          ██████▊                      25.0%  4.6%–69.9%
        vacant (held, nobody elected)                               0.0%  0.0%–49.0%
        not held                      ████████████████████▎        75.0%  30.1%–95.4%
          no seat to fill (a contingent seat not reopened, or no continent missing): 75.0%
        lots drawn                                                  0.0%  0.0%–49.0%
        ballots when held (mean 1.00)
        1 ballot                      ███████████████████████████ 100.0%
        share of the votes expressed on the decisive ballot (the one that filled the seat, else the last)
                                      on ballot    p5   p25   med   p75   p95  90%…90%
        Dora Weber (Austria)              25.0%   90%   90%   90%   90%   90%  █

      Questions: adopted when put to the vote
        Budget for 2026               ████████████████████▎        75.0%  30.1%–95.4%
      "
    `);
  });

  it('writes one tidy CSV with ids beside names', () => {
    const lines = summaryToCsv(summary).split('\n');
    expect(lines[0]).toBe('section,item,seat,label,key,name,stat,value,count,n,ci_low,ci_high');
    expect(lines).toContain('winner,elect-president,1,Election of the President,chidi,Chidi Okeke (Nigeria),p,0,0,4,0,0.4899');
    expect(lines).toContain('vacancy,elect-president,1,Election of the President,vacant,"vacant (held, nobody elected)",p,0.25,1,4,0.0456,0.6994');
    expect(lines).toContain('not-held,elect-delegate,1,Election of a Delegate (seat reopened) · Europe,not-held:no-seat,"no seat to fill (a contingent seat not reopened, or no continent missing)",count,3,3,4,,');
    expect(lines).toContain('share-quantile,elect-president,1,Election of the President,ana,Ana Lima (Brazil),p50,50,,4,,');
    expect(lines).toContain('share-histogram,elect-president,1,Election of the President,bo,Bo Wang (China),percent,45,1,4,,');
    expect(lines).toContain('adoption,budget-2026,,Budget for 2026,proposal,Budget for 2026,p,0.75,3,4,0.3006,0.9544');
  });
});
