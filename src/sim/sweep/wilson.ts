/** A proportion with its 95% Wilson score interval, rounded to 4 decimals. */
export interface Estimate {
  readonly count: number;
  readonly p: number;
  readonly low: number;
  readonly high: number;
}

const Z95 = 1.959963984540054;

/** Rounds to 4 decimals: the one rounding used by JSON, CSV and the text report alike. */
export function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/**
 * The Wilson score interval of `count` successes in `n` trials (95%); with no trials, p = 0 and
 * the interval is the whole of [0, 1].
 */
export function wilsonEstimate(count: number, n: number): Estimate {
  const { p, low, high } = wilsonBounds(count, n);
  return { count, p: round4(p), low: round4(low), high: round4(high) };
}

/** The 95% Wilson score interval unrounded (for intervals built on it, such as paired differences). */
export function wilsonBounds(count: number, n: number): { p: number; low: number; high: number } {
  if (n <= 0) return { p: 0, low: 0, high: 1 };
  const p = count / n;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { p, low: Math.max(0, Math.min(p, centre - half)), high: Math.min(1, Math.max(p, centre + half)) };
}

export { Z95 };
