import { round4, wilsonBounds, Z95 } from '../wilson.js';
import type { PairCounts, PairSums } from './pair-aggregate.js';

/** A paired difference B − A with its 95% interval, and whether the interval excludes zero. */
export interface PairedDifference {
  readonly a: number;
  readonly b: number;
  readonly difference: number;
  readonly low: number;
  readonly high: number;
  readonly excludesZero: boolean;
}

/**
 * The difference between two proportions measured on the same runs (B − A), with Newcombe's
 * hybrid score interval for paired data (Newcombe 1998, method 10): the Wilson intervals of both
 * proportions, combined with the correlation φ of the paired outcomes, so that common random
 * numbers give the tight intervals they should.
 */
export function pairedProportion(counts: PairCounts, n: number): PairedDifference {
  if (n <= 0) return { a: 0, b: 0, difference: 0, low: -1, high: 1, excludesZero: false };
  const both = counts.ab;
  const onlyA = counts.a - both;
  const onlyB = counts.b - both;
  const neither = n - both - onlyA - onlyB;
  const [wb, wa] = [wilsonBounds(counts.b, n), wilsonBounds(counts.a, n)];
  const d = wb.p - wa.p;
  const denominator = (both + onlyB) * (onlyA + neither) * (both + onlyA) * (onlyB + neither);
  const phi = denominator > 0 ? (both * neither - onlyA * onlyB) / Math.sqrt(denominator) : 0;
  const spread = (x: number, y: number) => Math.sqrt(Math.max(0, x * x - 2 * phi * x * y + y * y));
  const low = Math.max(-1, d - spread(wb.p - wb.low, wa.high - wa.p));
  const high = Math.min(1, d + spread(wb.high - wb.p, wa.p - wa.low));
  return finish(wa.p, wb.p, d, low, high);
}

/** The mean difference B − A of a count measured on the same runs, with a normal 95% interval. */
export function pairedMean(sums: PairSums, n: number): PairedDifference {
  if (n <= 1) return { a: n ? sums.a : 0, b: n ? sums.b : 0, difference: n ? sums.b - sums.a : 0, low: -Infinity, high: Infinity, excludesZero: false };
  const d = (sums.b - sums.a) / n;
  const variance = Math.max(0, (sums.d2 - n * d * d) / (n - 1));
  const half = Z95 * Math.sqrt(variance / n);
  return finish(sums.a / n, sums.b / n, d, d - half, d + half);
}

function finish(a: number, b: number, d: number, low: number, high: number): PairedDifference {
  const [l, h] = [round4(low), round4(high)];
  return { a: round4(a), b: round4(b), difference: round4(d), low: l, high: h, excludesZero: low > 0 || high < 0 };
}
