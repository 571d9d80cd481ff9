import { describe, expect, it } from 'vitest';
import type { SessionOutcome } from '../../../src/sim/outcome.js';
import { aggregateOutcomes } from '../../../src/sim/sweep/aggregate.js';
import { bar } from '../../../src/sim/sweep/bar.js';
import { renderSummary } from '../../../src/sim/sweep/render-summary.js';
import { summarise } from '../../../src/sim/sweep/summarise.js';
import { summaryToCsv } from '../../../src/sim/sweep/summary-format.js';
import { wilsonEstimate } from '../../../src/sim/sweep/wilson.js';

function outcome(winner: string | null, ballots: number, adopted: boolean): SessionOutcome {
  return {
    scenario: 'synthetic',
    seed: 0,
    seats: [{ item: 'elect-president', post: 'president', region: null, seat: 1, winner, ballots, vacancyReason: null, lots: false }],
    questions: [{ item: 'budget-2026', amendment: null, title: 'Budget', decision: adopted ? 'adopted' : 'rejected', yes: 1, no: 0, abstain: 0, invalid: 0, entitled: 1 }],
    committee: [],
  };
}
const summary = summarise(aggregateOutcomes([outcome('ana', 1, true), outcome('ana', 2, true), outcome('bo', 2, false), outcome(null, 3, true)]));

describe('summarise', () => {
  it.each([
    { name: 'no trials: the whole interval', count: 0, n: 0, expected: { p: 0, low: 0, high: 1 } },
    { name: 'half of 100', count: 50, n: 100, expected: { p: 0.5, low: 0.4038, high: 0.5962 } },
    { name: 'all of 10', count: 10, n: 10, expected: { p: 1, low: 0.7225, high: 1 } },
  ])('wilsonEstimate: $name', ({ count, n, expected }) => {
    expect(wilsonEstimate(count, n)).toMatchObject(expected);
  });

  it('counts wins, vacancies, ballots and adoptions', () => {
    const seat = summary.seats[0]!;
    expect(seat.candidates.map((c) => [c.candidate, c.count, c.p])).toEqual([['ana', 2, 0.5], ['bo', 1, 0.25]]);
    expect(seat.vacant.p).toBe(0.25);
    expect(seat.ballots).toEqual([{ ballots: 1, count: 1, p: 0.25 }, { ballots: 2, count: 2, p: 0.5 }, { ballots: 3, count: 1, p: 0.25 }]);
    expect(seat.meanBallots).toBe(2);
    expect(summary.questions[0]!.adopted.p).toBe(0.75);
  });

  it('draws bars in eighths of a block', () => {
    expect([bar(0, 4), bar(0.5, 4), bar(1 / 32, 4), bar(1, 4, '░')]).toEqual(['    ', '██  ', '▏   ', '████']);
  });

  it('renders a text report', () => {
    expect(renderSummary(summary, 60)).toMatchInlineSnapshot(`
      "Sweep of 4 runs · probabilities with 95% Wilson intervals

      elect-president · president · seat 1 · 4 runs
        ana         ███████████▌             50.0%  15.0%–85.0%
        bo          █████▊                   25.0%  4.6%–69.9%
        vacant      █████▊                   25.0%  4.6%–69.9%
        lots drawn                            0.0%  0.0%–49.0%
        ballots per election (mean 2.00)
        1 ballot(s) █████▊                   25.0%
        2 ballot(s) ███████████▌             50.0%
        3 ballot(s) █████▊                   25.0%

      Adoption of questions
        budget-2026 █████████████████▎       75.0%  30.1%–95.4%
      "
    `);
  });

  it('writes tidy CSV', () => {
    expect(summaryToCsv(summary)).toMatchInlineSnapshot(`
      "section,item,seat,key,value,ci_low,ci_high
      runs,,,runs,4,,
      winner,elect-president,1,ana,0.5,0.15,0.85
      winner,elect-president,1,bo,0.25,0.0456,0.6994
      vacancy,elect-president,1,vacant,0.25,0.0456,0.6994
      lots,elect-president,1,lots,0,0,0.4899
      ballots,elect-president,1,1,0.25,,
      ballots,elect-president,1,2,0.5,,
      ballots,elect-president,1,3,0.25,,
      mean-ballots,elect-president,1,mean,2,,
      adoption,budget-2026,,adopted,0.75,0.3006,0.9544
      "
    `);
  });
});
