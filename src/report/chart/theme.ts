import type { Config } from 'vega-lite';

/** Colours of the report (blue and orange stay apart for the common colour-vision deficiencies). */
export const COLOURS = {
  ink: '#1b1f24',
  muted: '#5b6470',
  grid: '#e3e6ea',
  /** The winner, or the figure a chart is about. */
  primary: '#1f5fa8',
  /** Everyone else. */
  secondary: '#9dbbe0',
  /** Thresholds and intervals: the majority line, a 95% interval. */
  accent: '#c4510b',
  /** Outcomes that are not a candidate: a vacancy, an election not held. */
  neutral: '#8a8f96',
} as const;

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Width of a chart's plotting area in pixels: a chart fits a phone's width without being scaled down. */
export const PLOT_WIDTH = 300;

/** The Vega-Lite config shared by every chart of the report. */
export const CHART_CONFIG: Config = {
  font: FONT,
  background: 'white',
  padding: 4,
  view: { stroke: null },
  axis: { labelFontSize: 12, titleFontSize: 12, labelColor: COLOURS.ink, titleColor: COLOURS.muted, gridColor: COLOURS.grid, domainColor: COLOURS.muted, tickColor: COLOURS.muted, labelLimit: 170 },
  header: { labelFontSize: 12, labelColor: COLOURS.ink },
  text: { fontSize: 12, fill: COLOURS.ink },
  bar: { fill: COLOURS.primary },
};
