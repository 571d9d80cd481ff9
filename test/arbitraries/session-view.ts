import fc from 'fast-check';
import type { CommitteeSeatView, ItemStatus, SessionView } from '../../src/view/view-model.js';
import { REGIONS } from '../../src/domain/ids.js';
import { announcement } from '../fixtures/views.js';

const STATUSES: ItemStatus[] = ['pending', 'in-debate', 'voting', 'adopted', 'rejected', 'deferred', 'noted', 'elected', 'vacant', 'not-held'];
const word = fc.stringMatching(/^[A-Za-zéüç-]{1,14}$/);
/** Text of up to `max` words, some of them long, single-column characters only. */
const text = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((w) => w.join(' '));
const code = fc.stringMatching(/^[A-Z]{3}$/);
const votes = fc.nat({ max: 400 });

const seat: fc.Arbitrary<CommitteeSeatView> = fc.record({
  post: fc.constantFrom('president' as const, 'vice-president' as const, 'delegate' as const),
  region: fc.constantFrom(null, ...REGIONS),
  holder: fc.option(text(4)),
  member: fc.option(code),
  termEnds: fc.option(fc.integer({ min: 2020, max: 2040 })),
  pending: fc.option(text(3)),
});

const ballot = fc.record({
  title: text(4),
  method: fc.constantFrom('secret' as const, 'electronic-recorded' as const, 'roll-call' as const),
  secret: fc.boolean(),
  majorityLabel: text(8),
  announcement: fc.tuple(votes, votes, votes, votes, votes).map(([a, b, c, d, e]) => announcement(a, b, c, d, e)),
  bars: fc.array(fc.record({ label: text(4), member: fc.option(code, { nil: undefined }), votes }), { maxLength: 10 }),
  threshold: votes,
  maxVotes: votes,
  neededLine: text(8),
  outcome: fc.option(text(14)),
  open: fc.boolean(),
});

/** Any view a selector could plausibly produce, with long words and long lists. */
export const sessionViewArb: fc.Arbitrary<SessionView> = fc.record({
  header: fc.record({
    sessionNumber: fc.integer({ min: 1, max: 120 }), venue: text(5), dayNumber: fc.integer({ min: 1, max: 9 }),
    dayCount: fc.integer({ min: 1, max: 9 }), dateLabel: text(4), sitting: text(4),
  }),
  agenda: fc.record({
    dayNumber: fc.integer({ min: 1, max: 9 }),
    items: fc.array(fc.record({ id: word, number: fc.stringMatching(/^[0-9]{1,3}[a-c]?$/), title: text(12), status: fc.constantFrom(...STATUSES), current: fc.boolean(), dayNumber: fc.integer({ min: 1, max: 9 }) }), { maxLength: 30 }),
  }).map((agenda) => ({ ...agenda, session: agenda.items })),
  currentItem: fc.option(fc.record({ id: word, number: word, title: text(12), kindLabel: text(8), citation: text(4), detail: fc.array(text(20), { maxLength: 8 }) })),
  ballot: fc.option(ballot),
  rounds: fc.array(fc.record({ ballot: fc.integer({ min: 1, max: 30 }), summary: text(12) }), { maxLength: 12 }),
  committee: fc.record({
    president: seat,
    regions: fc.constant(REGIONS).chain((rs) => fc.tuple(...rs.map((region) =>
      fc.record({ region: fc.constant(region), vicePresident: seat, hasVicePresidentSeat: fc.boolean(), delegates: fc.array(seat, { maxLength: 4 }), delegateSeats: fc.integer({ min: 1, max: 4 }) })))),
  }),
  log: fc.array(fc.record({ id: word, text: text(25) }), { maxLength: 30 }),
  memberVotes: fc.option(fc.record({
    available: fc.boolean(), reason: fc.option(text(12), { nil: undefined }),
    rows: fc.array(fc.record({ code, name: text(4), choice: fc.constantFrom('yes' as const, 'no' as const, 'abstain' as const, 'invalid' as const) }), { maxLength: 200 }),
  })),
  status: fc.option(fc.record({ message: text(20), kind: fc.constantFrom('info' as const, 'warning' as const, 'error' as const) })),
  finished: fc.boolean(),
});
