import type { FigureRenderer } from './chart/figure.js';
import { html, type Html } from './html.js';
import type { Section } from './section.js';
import { PAGE_CSS } from './style.js';

export interface PageHead {
  /** The kind of report, above the title: "Session report", "Sweep report". */
  readonly kicker: string;
  readonly title: string;
  readonly subtitle: string;
  readonly generator: string;
}

// nothing may be loaded or run when the page is viewed: styles inline, images only as data
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * The whole page: one self-contained HTML document with its styles inline, a table of contents,
 * and each section that has something to show. No script and no request at view time.
 */
export async function renderPage<I>(head: PageHead, sections: readonly Section<I>[], input: I, figures: FigureRenderer): Promise<string> {
  const bodies: { section: Section<I>; body: Html }[] = [];
  for (const section of sections) {
    const body = await section.render(input, figures);
    if (body !== null) bodies.push({ section, body });
  }
  const nav = bodies.map(({ section }) => html`<li><a href="#${section.id}">${section.title}</a></li>`);
  const main = bodies.map(
    ({ section, body }) => html`<section class="part" id="${section.id}" aria-labelledby="${section.id}-heading">
<h2 id="${section.id}-heading">${section.title}</h2>
${body}
</section>`,
  );
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="${head.generator}">
<title>${head.title}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<header class="page-header"><div class="page-inner">
<p class="kicker">${head.kicker}</p>
<h1>${head.title}</h1>
<p class="subtitle">${head.subtitle}</p>
</div></header>
<nav class="contents" aria-label="Contents"><ol>${nav}</ol></nav>
<main>
${main}
</main>
<footer><p>Made by ${head.generator} with <code>gasim report</code>. Charts drawn with Vega-Lite and rendered to SVG when the page was made; the page loads nothing and runs no script.</p></footer>
</body>
</html>
`;
  return page.__html;
}
