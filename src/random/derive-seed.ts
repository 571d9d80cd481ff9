/**
 * The seed of run `index` of a sweep seeded with `sweepSeed`: a 32-bit hash of both, so that a
 * run's seed depends only on its index, never on which worker runs it (issue 5).
 */
export function deriveSeed(sweepSeed: number, index: number): number {
  return mix32((mix32(sweepSeed >>> 0) ^ Math.imul(index >>> 0, 0x9e3779b9)) >>> 0);
}

// murmur3's 32-bit finaliser: a bijection on uint32 with good avalanche
function mix32(x: number): number {
  let z = x >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}
