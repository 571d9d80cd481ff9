import type { LayerSpec, UnitSpec } from 'vega-lite/types_unstable/spec/index.js';

/**
 * Horizontal bars with each name written above its bar rather than as an axis label, so that
 * long names stay whole on a phone. Each row is a band of {@link BAND} pixels: the name on top,
 * the bar below it.
 */
export const BAND = 38;
export const BAR = 14;
/** How far below the band's middle a bar (and the figure at its end) stands. */
export const BAR_OFFSET = 7;

export type Layer = LayerSpec<string> | UnitSpec<string>;

/** The row encoding: one band per name, in the order given, no axis. */
export function rows(field: string, order: readonly string[]) {
  return { field, type: 'nominal' as const, axis: null, sort: [...order] };
}

/** The names, left-aligned above their bars (hidden from screen readers: each bar has its description). */
export function nameLayer(field: string, order: readonly string[]): Layer {
  return { mark: { type: 'text', align: 'left', baseline: 'bottom', x: 0, yOffset: -2, aria: false }, encoding: { y: rows(field, order), text: { field } } };
}
