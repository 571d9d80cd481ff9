const PARTIAL = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A horizontal bar of `cells` characters filled to `fraction` in eighths of a block, padded with `empty`. */
export function bar(fraction: number, cells: number, empty = ' '): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const eighths = Math.round(clamped * cells * 8);
  const full = Math.floor(eighths / 8);
  const partial = PARTIAL[eighths % 8]!;
  return '█'.repeat(full) + partial + empty.repeat(Math.max(0, cells - full - (partial ? 1 : 0)));
}

/** An integer with comma thousands separators, independent of the locale. */
export function groupThousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A probability as a percentage with one decimal. */
export function percent(p: number): string {
  return `${(p * 100).toFixed(1)}%`;
}
