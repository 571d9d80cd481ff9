import fc from 'fast-check';
import type { MemberCode } from '../domain/ids.js';
import type { FinancialStanding, MemberStanding } from '../domain/member.js';

/** A synthetic member code: three uppercase letters. */
export const arbMemberCode: fc.Arbitrary<MemberCode> = fc
  .tuple(...[0, 1, 2].map(() => fc.integer({ min: 65, max: 90 })))
  .map((codes) => String.fromCharCode(...codes));

/** Whole-euro finances, biased towards the 5% arrears boundary (R8.2). */
export const arbFinancialStanding: fc.Arbitrary<FinancialStanding> = fc
  .record({
    duePreviousYear: fc.integer({ min: 0, max: 10_000_000 }),
    share: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 4, max: 6 })),
    wobble: fc.integer({ min: -2, max: 2 }),
    unpaidCurrentYear: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10_000_000 })),
    rescheduling: fc.boolean(),
    waiver: fc.boolean(),
  })
  .map(({ duePreviousYear, share, wobble, ...rest }) => ({
    duePreviousYear,
    unpaidPreviousYear: Math.min(duePreviousYear, Math.max(0, Math.floor((duePreviousYear * share) / 100) + wobble)),
    ...rest,
  }));

/** One member's standing at the session, with an admission item in [0, 10) for some. */
export const arbMemberStanding: fc.Arbitrary<MemberStanding> = fc.record({
  code: arbMemberCode,
  represented: fc.boolean(),
  credentials: fc.constantFrom('accepted', 'accepted', 'refused', 'disputed'),
  finances: arbFinancialStanding,
  admittedAtItem: fc.option(fc.nat({ max: 9 }), { nil: null, freq: 4 }),
  absentDays: fc.constantFrom<readonly number[]>([], [], [], [0], [1]),
});

/** A list of members with distinct codes. */
export function arbMembers(maxLength = 60): fc.Arbitrary<MemberStanding[]> {
  return fc.uniqueArray(arbMemberStanding, { maxLength, selector: (m) => m.code });
}
