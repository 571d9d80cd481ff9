import fc from 'fast-check';
import type { SessionOutcome } from '../../src/sim/outcome.js';
import type { SweepCatalogue } from '../../src/sim/sweep/catalogue.js';

const ITEMS = ['elect-president', 'elect-vp-africa', 'elect-delegates'] as const;
const POST = { 'elect-president': 'president', 'elect-vp-africa': 'vice-president', 'elect-delegates': 'delegate' } as const;

const seatArb = fc
  .record({
    item: fc.constantFrom(...ITEMS),
    seat: fc.integer({ min: 1, max: 3 }),
    winner: fc.option(fc.constantFrom('ana', 'bo', 'chidi', 'dora'), { nil: null }),
    ballots: fc.integer({ min: 0, max: 6 }),
    lots: fc.boolean(),
    votes: fc.dictionary(fc.constantFrom('ana', 'bo', 'chidi', 'dora'), fc.nat(120), { maxKeys: 4 }),
    blank: fc.nat(5),
  })
  .map(({ votes, blank, ...s }) => {
    // a seat with no ballot (no eligible candidate) has no winner and no decisive ballot
    const held = s.ballots > 0 || s.winner !== null;
    const expressed = Object.values(votes).reduce((a, b) => a + b, 0) + blank;
    return {
      ...s,
      ballots: held ? Math.max(1, s.ballots) : 0,
      post: POST[s.item],
      region: s.item === 'elect-vp-africa' ? ('AFRICA' as const) : null,
      vacancyReason: s.winner === null ? 'no majority' : null,
      decisive: held ? { ballot: Math.max(1, s.ballots), expressed, votes } : null,
    };
  });

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

/** A session outcome with a few seats (some not held) and questions drawn from a small fixed agenda. */
export const outcomeArb: fc.Arbitrary<SessionOutcome> = fc.record({
  scenario: fc.constant('synthetic'),
  seed: fc.nat(),
  seats: fc.uniqueArray(seatArb, { maxLength: 5, selector: (s) => `${s.item}#${s.seat}` }),
  questions: fc.uniqueArray(questionArb, { maxLength: 3, selector: (q) => `${q.item}/${q.amendment}` }),
  committee: fc.constant([]),
});

const candidates = ['ana', 'bo', 'chidi', 'dora'].map((id) => ({ id, name: `${id[0]!.toUpperCase()}${id.slice(1)} Example`, member: 'FRA', memberName: 'France' }));

/** The catalogue of the agenda `outcomeArb` draws from: every election and question, with names. */
export const OUTCOME_CATALOGUE: SweepCatalogue = {
  scenario: 'synthetic',
  title: 'Synthetic session',
  elections: [
    { item: 'elect-president', title: 'Election of the President', post: 'president', region: null, seats: 1, contingent: false, candidates },
    { item: 'elect-vp-africa', title: 'Election of the Vice-President for Africa', post: 'vice-president', region: 'AFRICA', seats: 1, contingent: false, candidates },
    { item: 'elect-delegates', title: 'Election of Delegates', post: 'delegate', region: 'auto', seats: 2, contingent: true, candidates },
  ],
  questions: [
    { key: 'budget-2026/amend-1', item: 'budget-2026', amendment: 'amend-1', title: 'Budget, amendment: a cut' },
    { key: 'budget-2026', item: 'budget-2026', amendment: null, title: 'Budget' },
    { key: 'resolution-a/amend-1', item: 'resolution-a', amendment: 'amend-1', title: 'Resolution A, amendment: a clause' },
    { key: 'resolution-a', item: 'resolution-a', amendment: null, title: 'Resolution A' },
  ],
};
