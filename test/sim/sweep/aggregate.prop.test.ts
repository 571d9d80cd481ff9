import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateOutcomes, mergeAggregates } from '../../../src/sim/sweep/aggregate.js';
import { summarise } from '../../../src/sim/sweep/summarise.js';
import { summaryToCsv, summaryToJson } from '../../../src/sim/sweep/summary-format.js';
import { wilsonEstimate } from '../../../src/sim/sweep/wilson.js';
import { OUTCOME_CATALOGUE, outcomeArb } from '../../arbitraries/outcome.js';
import { parseCsvRows } from '../../test-utils/csv.js';
import { propertyRuns } from '../../test-utils/property-runs.js';

const runs = { numRuns: propertyRuns(1000, 200) };
const aggregateArb = fc.array(outcomeArb, { maxLength: 8 }).map(aggregateOutcomes);
const summary = (outcomes: Parameters<typeof aggregateOutcomes>[0]) => summarise(aggregateOutcomes(outcomes), OUTCOME_CATALOGUE, 7);

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
        expect(summaryToJson(summarise(merged, OUTCOME_CATALOGUE, 7))).toBe(summaryToJson(summary(outcomes)));
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

  it('accounts for every run of every seat: each candidate, vacant or not held (issue 14.4)', () => {
    fc.assert(
      fc.property(fc.array(outcomeArb, { minLength: 1, maxLength: 8 }), (outcomes) => {
        const s = summary(outcomes);
        const seats = OUTCOME_CATALOGUE.elections.reduce((n, e) => n + Math.max(e.seats, ...s.seats.filter((x) => x.item === e.item).map((x) => x.seat)), 0);
        expect(s.seats.length).toBe(seats);
        for (const seat of s.seats) {
          // every nominee is listed, winners or not
          expect(seat.candidates.map((c) => c.id).sort()).toEqual(['ana', 'bo', 'chidi', 'dora']);
          const wins = seat.candidates.reduce((n, c) => n + c.wins.count, 0);
          expect(wins + seat.vacant.count + seat.notHeld.count).toBe(outcomes.length);
          expect(seat.notHeldReasons.reduce((n, r) => n + r.count, 0)).toBe(seat.notHeld.count);
          for (const c of seat.candidates) expect(c.share?.runs ?? 0).toBe(c.onDecisiveBallot.count);
        }
      }),
      runs,
    );
  });

  it('CSV and JSON carry the same rounded numbers, with ids beside names', () => {
    fc.assert(
      fc.property(fc.array(outcomeArb, { minLength: 1, maxLength: 8 }), (outcomes) => {
        const s = summary(outcomes);
        const rows = parseCsvRows(summaryToCsv(s)).slice(1);
        const winners = rows.filter((row) => row[0] === 'winner');
        expect(winners.length).toBe(s.seats.reduce((n, seat) => n + seat.candidates.length, 0));
        for (const [, item, seat, label, key, name, , value, count, n, low, high] of winners) {
          const x = s.seats.find((y) => y.item === item && String(y.seat) === seat)!;
          const c = x.candidates.find((y) => y.id === key)!;
          expect([label, name]).toEqual([x.label, `${c.name} (France)`]);
          expect([value, count, n, low, high].map(Number)).toEqual([c.wins.p, c.wins.count, s.runs, c.wins.low, c.wins.high]);
        }
        for (const [, item, , , key, , , value] of rows.filter((row) => row[0] === 'adoption')) {
          const q = s.questions.find((x) => x.item === item && (x.amendment ?? 'proposal') === key)!;
          expect(Number(value)).toBe(q.adopted.p);
        }
      }),
      runs,
    );
  });
});

