import { createFigureRenderer } from './chart/figure.js';
import type { ReportInput } from './input/parse-input.js';
import { renderPage } from './page.js';
import { RUN_SECTIONS, runHead } from './run/run-page.js';
import { SWEEP_SECTIONS, sweepHead } from './sweep/sweep-page.js';

export interface BuiltReport {
  /** The page: one self-contained HTML document. */
  readonly html: string;
  /** How many charts it holds. */
  readonly charts: number;
  /** What the chart library warned about (empty for a correct chart). */
  readonly warnings: readonly string[];
}

/**
 * Builds the HTML report of a run (the minutes with tables, each election ballot by ballot as
 * a chart) or of a sweep (probabilities with intervals, distributions). Pure but for time: the
 * same input gives the same bytes.
 */
export async function buildReport(input: ReportInput, options: { generator: string }): Promise<BuiltReport> {
  const figures = createFigureRenderer();
  const html =
    input.kind === 'run'
      ? await renderPage(runHead(input.run, options.generator), RUN_SECTIONS, input.run, figures)
      : await renderPage(sweepHead(input.sweep, options.generator), SWEEP_SECTIONS, input.sweep, figures);
  return { html, charts: figures.count, warnings: figures.warnings };
}
