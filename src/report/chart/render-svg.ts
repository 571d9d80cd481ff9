import { logger, parse, View, Warn, type Loader } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { trustedHtml, type Html } from '../html.js';

export interface RenderedSvg {
  readonly svg: Html;
  /** What Vega-Lite or Vega warned about: a sign of a mistake in a chart's spec. */
  readonly warnings: readonly string[];
}

// charts draw inline data only: any attempt to load a URL or a file is refused
const refuse = (): Promise<never> => Promise.reject(new Error('report charts use inline data only; nothing is loaded'));
const NO_LOADING: Loader = { load: refuse, sanitize: refuse, http: refuse, file: refuse };

/**
 * Compiles a Vega-Lite spec and renders it with Vega's headless SVG renderer (no DOM, no canvas).
 * Vega escapes every text and attribute it writes, so the SVG can go into the page as it is.
 */
export async function renderSvg(spec: TopLevelSpec): Promise<RenderedSvg> {
  const warnings: string[] = [];
  const log = logger(Warn, undefined, (_method, level, args) => warnings.push(`${level}: ${args.map(String).join(' ')}`));
  const { spec: vegaSpec } = compile(spec, { logger: log });
  const view = new View(parse(vegaSpec), { renderer: 'none', loader: NO_LOADING, logger: log, logLevel: Warn });
  try {
    return { svg: trustedHtml(await view.toSVG()), warnings };
  } finally {
    view.finalize();
  }
}
