import type { CandidateId } from '../domain/ids.js';
import { nextInt, type RngState } from '../random/seeded-rng.js';

/**
 * Draws lots among tied candidates with the seeded generator (R4.11, GR Art 23 §2). The candidates
 * are sorted by id first, so the same seed draws the same lot whatever order they arrive in.
 */
export function drawLots(
  candidates: readonly CandidateId[],
  rng: RngState,
): { drawn: CandidateId; rng: RngState } {
  if (candidates.length === 0) {
    throw new RangeError('drawLots needs at least one candidate; got an empty list');
  }
  const sorted = [...candidates].sort(compareIds);
  const [index, next] = nextInt(rng, sorted.length);
  return { drawn: sorted[index]!, rng: next };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
