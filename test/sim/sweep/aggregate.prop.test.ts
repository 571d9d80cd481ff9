import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateOutcomes, mergeAggregates } from '../../../src/sim/sweep/aggregate.js';
import { summarise } from '../../../src/sim/sweep/summarise.js';
import { summaryToCsv, summaryToJson } from '../../../src/sim/sweep/summary-format.js';
import { wilsonEstimate } from '../../../src/sim/sweep/wilson.js';
import { outcomeArb } from '../../arbitraries/outcome.js';

const runs = { numRuns: 1000 };
const aggregateArb = fc.array(outcomeArb, { maxLength: 8 }).map(aggregateOutcomes);

describe('aggregation properties', () => {
  it('mergeAggregates is associative', () => {
    fc.assert(
      fc.property(aggregateArb, aggregateArb, aggregateArb, (a, b, c) => {
        expect(mergeAggregates(mergeAggregates(a, b), c)).toStrictEqual(mergeAggregates(a, mergeAggregates(b, c)));
      }),
      runs,
    );
  });

  it('mergeAggregates is commutative, to the byte', () => {
    fc.assert(
      fc.property(aggregateArb, aggregateArb, (a, b) => {
        expect(JSON.stringify(mergeAggregates(a, b))).toBe(JSON.stringify(mergeAggregates(b, a)));
      }),
      runs,
    );
  });

  it('merging chunks equals one pass over all outcomes, whatever the split', () => {
    fc.assert(
      fc.property(fc.array(outcomeArb, { maxLength: 12 }), fc.nat(), (outcomes, cut) => {
        const at = outcomes.length === 0 ? 0 : cut % (outcomes.length + 1);
        const merged = mergeAggregates(aggregateOutcomes(outcomes.slice(at)), aggregateOutcomes(outcomes.slice(0, at)));
        expect(summaryToJson(summarise(merged))).toBe(summaryToJson(summarise(aggregateOutcomes(outcomes))));
      }),
      runs,
    );
  });

  it('a Wilson interval contains its point estimate and stays within [0, 1]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.nat(1_000_000), (n, k) => {
        const e = wilsonEstimate(n === 0 ? 0 : k % (n + 1), n);
        expect(0 <= e.low && e.low <= e.p && e.p <= e.high && e.high <= 1).toBe(true);
      }),
      runs,
    );
  });

  it('CSV and JSON carry the same rounded numbers', () => {
    fc.assert(
      fc.property(fc.array(outcomeArb, { minLength: 1, maxLength: 8 }), (outcomes) => {
        const summary = summarise(aggregateOutcomes(outcomes));
        const rows = summaryToCsv(summary).trim().split('\n').slice(1).map((line) => line.split(','));
        const winners = rows.filter((row) => row[0] === 'winner');
        expect(winners.length).toBe(summary.seats.reduce((n, s) => n + s.candidates.length, 0));
        for (const [, item, seat, key, value, low, high] of winners) {
          const c = summary.seats.find((s) => s.item === item && String(s.seat) === seat)!.candidates.find((x) => x.candidate === key)!;
          expect([Number(value), Number(low), Number(high)]).toEqual([c.p, c.low, c.high]);
        }
        for (const [, item, , key, value] of rows.filter((row) => row[0] === 'adoption')) {
          const q = summary.questions.find((x) => x.item === item && (x.amendment === null ? 'adopted' : `amendment:${x.amendment}`) === key)!;
          expect(Number(value)).toBe(q.adopted.p);
        }
      }),
      runs,
    );
  });
});
