import type { TopLevelSpec } from 'vega-lite';
import { html, type Html } from '../html.js';
import { renderSvg } from './render-svg.js';
import { CHART_CONFIG } from './theme.js';

/**
 * A chart of the report: a Vega-Lite spec, a title, a text alternative that says in words what
 * the chart shows (for screen readers, print and anyone who prefers words), and the data table
 * shown beside it. Each chart module builds one of these from plain data.
 */
export interface Chart {
  readonly title: string;
  readonly alt: string;
  readonly spec: TopLevelSpec;
  readonly table: Html;
}

/** Renders charts into figures, numbering them and keeping Vega's warnings for the caller. */
export interface FigureRenderer {
  figure(chart: Chart): Promise<Html>;
  readonly warnings: readonly string[];
  readonly count: number;
}

export function createFigureRenderer(): FigureRenderer {
  const warnings: string[] = [];
  let count = 0;
  return {
    warnings,
    get count() {
      return count;
    },
    async figure(chart) {
      count += 1;
      const id = `figure-${count}`;
      const { svg, warnings: more } = await renderSvg({ ...chart.spec, config: CHART_CONFIG } as TopLevelSpec);
      warnings.push(...more.map((w) => `${chart.title}: ${w}`));
      return html`<figure class="chart" id="${id}" aria-labelledby="${id}-title" aria-describedby="${id}-alt">
<figcaption><span class="chart-title" id="${id}-title">${chart.title}</span> <span class="chart-alt" id="${id}-alt">${chart.alt}</span></figcaption>
<div class="chart-body"><div class="chart-svg">${svg}</div><div class="chart-data">${chart.table}</div></div>
</figure>`;
    },
  };
}
