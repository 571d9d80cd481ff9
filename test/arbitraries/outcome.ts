import fc from 'fast-check';
import type { SessionOutcome } from '../../src/sim/outcome.js';

const ITEMS = ['elect-president', 'elect-vp-africa', 'elect-delegates'] as const;
const POST = { 'elect-president': 'president', 'elect-vp-africa': 'vice-president', 'elect-delegates': 'delegate' } as const;

const seatArb = fc
  .record({
    item: fc.constantFrom(...ITEMS),
    seat: fc.integer({ min: 1, max: 3 }),
    winner: fc.option(fc.constantFrom('ana', 'bo', 'chidi', 'dora'), { nil: null }),
    ballots: fc.integer({ min: 1, max: 6 }),
    lots: fc.boolean(),
  })
  .map((s) => ({ ...s, post: POST[s.item], region: s.item === 'elect-vp-africa' ? ('AFRICA' as const) : null, vacancyReason: s.winner === null ? 'no majority' : null }));

const questionArb = fc
  .record({ item: fc.constantFrom('budget-2026', 'resolution-a'), amendment: fc.constantFrom(null, 'amend-1'), adopted: fc.boolean() })
  .map(({ item, amendment, adopted }) => ({
    item,
    amendment,
    title: item,
    decision: adopted ? ('adopted' as const) : ('rejected' as const),
    yes: 1,
    no: 0,
    abstain: 0,
    invalid: 0,
    entitled: 1,
  }));

/** A session outcome with a few seats and questions drawn from a small fixed agenda. */
export const outcomeArb: fc.Arbitrary<SessionOutcome> = fc.record({
  scenario: fc.constant('synthetic'),
  seed: fc.nat(),
  seats: fc.uniqueArray(seatArb, { maxLength: 5, selector: (s) => `${s.item}#${s.seat}` }),
  questions: fc.uniqueArray(questionArb, { maxLength: 3, selector: (q) => `${q.item}/${q.amendment}` }),
  committee: fc.constant([]),
});
