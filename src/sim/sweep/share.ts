/** Quantiles reported for vote shares, in percent of the runs. */
export const SHARE_QUANTILES = [5, 25, 50, 75, 95] as const;

/** One bar of a share histogram: runs whose share fell in [percent, percent + 1). */
export interface ShareBin {
  readonly percent: number;
  readonly count: number;
}

/**
 * A candidate's share of the votes expressed on a seat's decisive ballot over the runs that put it
 * on that ballot: a histogram in whole percent (integer counts, merged exactly) and quantiles read
 * from it (`p50` is the smallest whole percent at or below which at least half of the runs fall).
 */
export interface ShareDistribution {
  readonly runs: number;
  readonly quantiles: { readonly p5: number; readonly p25: number; readonly p50: number; readonly p75: number; readonly p95: number };
  readonly histogram: readonly ShareBin[];
}

/** The distribution of a share histogram (percent → runs), or null when it is empty. */
export function shareDistribution(histogram: Readonly<Record<string, number>>): ShareDistribution | null {
  const bins = Object.entries(histogram)
    .map(([percent, count]) => ({ percent: Number(percent), count }))
    .sort((a, b) => a.percent - b.percent);
  const runs = bins.reduce((sum, bin) => sum + bin.count, 0);
  if (runs === 0) return null;
  const quantile = (q: number) => {
    // integer arithmetic: the first bin whose cumulative count reaches q% of the runs
    let cumulative = 0;
    for (const bin of bins) {
      cumulative += bin.count;
      if (100 * cumulative >= q * runs) return bin.percent;
    }
    return bins.at(-1)!.percent;
  };
  const [p5, p25, p50, p75, p95] = SHARE_QUANTILES.map(quantile) as [number, number, number, number, number];
  return { runs, quantiles: { p5, p25, p50, p75, p95 }, histogram: bins };
}

const SPARKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/**
 * The histogram as a sparkline over [from, to] whole percent, one character per `step` percent
 * (heights relative to the tallest column; a space where no run fell).
 */
export function sparkline(distribution: ShareDistribution, from: number, to: number, step: number): string {
  const columns = Math.max(1, Math.ceil((to - from + 1) / step));
  const heights = new Array<number>(columns).fill(0);
  for (const bin of distribution.histogram) {
    const column = Math.min(columns - 1, Math.max(0, Math.floor((bin.percent - from) / step)));
    heights[column]! += bin.count;
  }
  const top = Math.max(...heights);
  return heights.map((h) => (h === 0 ? ' ' : SPARKS[Math.min(7, Math.floor((h / top) * 7.999))]!)).join('');
}
