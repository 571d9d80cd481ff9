/** Small statistics and timing helpers shared by the bench scripts. */

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** The q-quantile by linear interpolation (q = 0.95 for p95). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Rounds to `digits` significant decimals after the point (for readable JSON). */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Writes a progress line on stderr (stdout carries only the JSON). */
export function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

/**
 * Calls each unit (`unit(i)`, i counting up from 0) for a warm-up of `warmupMs`, then for
 * `windows` windows of `windowMs` each, and returns the rate (units per second) of each window.
 * The units are measured against each other: the windows take turns (a, b, c, a, b, c, ...), so that a change of load on a shared machine hits
 * all of them alike and the per-turn ratios stay meaningful.
 */
export function interleavedWindows<K extends string>(units: Record<K, (i: number) => void>, options: { warmupMs: number; windowMs: number; windows: number }): Record<K, number[]> {
  const names = Object.keys(units) as K[];
  const counters = Object.fromEntries(names.map((name) => [name, 0])) as Record<K, number>;
  const spin = (name: K, ms: number) => {
    const unit = units[name];
    const start = performance.now();
    let n = 0;
    let elapsed = 0;
    do {
      unit(counters[name]++);
      n++;
      elapsed = performance.now() - start;
    } while (elapsed < ms);
    return (n * 1000) / elapsed;
  };
  for (const name of names) spin(name, options.warmupMs);
  const rates = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let w = 0; w < options.windows; w++) for (const name of names) rates[name].push(spin(name, options.windowMs));
  return rates;
}

/** A windowed rate summarised: the median and every window, rounded. */
export function rateSummary(rates: readonly number[]): { median: number; windows: number[] } {
  return { median: round(median(rates), 1), windows: rates.map((r) => round(r, 1)) };
}
