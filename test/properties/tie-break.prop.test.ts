import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/seeded-rng.js';
import { drawLots } from '../../src/rules/tie-break.js';

const runs = { numRuns: 1000 };
const tied = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 });

describe('drawLots properties (R4.11)', () => {
  it('the same seed draws the same lot and leaves the same generator state', () => {
    fc.assert(fc.property(tied, fc.integer(), (candidates, seed) => {
      expect(drawLots(candidates, createRng(seed))).toEqual(drawLots(candidates, createRng(seed)));
    }), runs);
  });

  it('the lot drawn is one of the tied candidates', () => {
    fc.assert(fc.property(tied, fc.integer(), (candidates, seed) => {
      expect(candidates).toContain(drawLots(candidates, createRng(seed)).drawn);
    }), runs);
  });

  it('the order the tied candidates arrive in does not change the lot', () => {
    const permuted = tied.chain((c) => fc.shuffledSubarray(c, { minLength: c.length, maxLength: c.length }).map((s) => [c, s] as const));
    fc.assert(fc.property(permuted, fc.integer(), ([candidates, shuffled], seed) => {
      expect(drawLots(shuffled, createRng(seed)).drawn).toBe(drawLots(candidates, createRng(seed)).drawn);
    }), runs);
  });
});
