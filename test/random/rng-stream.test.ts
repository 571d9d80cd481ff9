import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, nextFloat, RngStream } from '../../src/random/seeded-rng.js';
import { propertyRuns } from '../test-utils/property-runs.js';

describe('RngStream', () => {
  it('draws the same sequence as nextFloat and ends in the same state', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 1, max: 300 }), (seed, n) => {
        let state = createRng(seed);
        const stream = new RngStream(state);
        for (let i = 0; i < n; i++) {
          const [x, next] = nextFloat(state);
          state = next;
          expect(stream.float()).toBe(x);
        }
        expect(stream.state()).toEqual(state);
      }),
      { numRuns: propertyRuns(1000, 200) },
    );
  });
});
