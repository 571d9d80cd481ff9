import { describe, expect, expectTypeOf, it } from 'vitest';
import { sealBallot, type SealedBallot } from '../../src/rules/secret-ballot.js';

describe('sealBallot', () => {
  it('keeps only the counts (R3.3)', () => {
    expect(sealBallot(['yes', 'no', 'yes'], 5)).toEqual({
      method: 'secret',
      tally: { entitled: 5, yes: 2, no: 1, abstain: 0, invalid: 0 },
    });
  });

  it('has no field that could hold a member code (R3.3)', () => {
    expectTypeOf<SealedBallot['tally'][keyof SealedBallot['tally']]>().toEqualTypeOf<number>();
    expectTypeOf<keyof SealedBallot>().toEqualTypeOf<'method' | 'tally'>();
  });
});
