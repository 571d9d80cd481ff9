import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { UserError } from './errors.js';

/** Debian's Chromium unless `GASIM_CHROMIUM` names another; never a downloaded browser. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.GASIM_CHROMIUM ?? '/usr/bin/chromium';
}

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const NEEDS_PACKAGES = 'install them beside gasim (npm install mermaid@11 playwright-core), or print the Mermaid text (without --format) and render it with any Mermaid viewer';

/** The path of Mermaid's browser build, from the optional `mermaid` package. */
export function mermaidScript(): string {
  try {
    return createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
  } catch {
    throw new UserError('--format svg needs the optional packages mermaid and playwright-core, and mermaid is not installed', { hint: NEEDS_PACKAGES });
  }
}

/**
 * Renders Mermaid text to a standalone SVG with Mermaid itself, run in the system's headless
 * Chromium through playwright-core: offline (the page is blank, the script is read from disk, the
 * context is offline), labels as SVG text (no HTML inside the SVG, so any SVG viewer shows them),
 * serialised as XML. A diagram Mermaid rejects is a bug in gasim, not bad input.
 */
export async function renderMermaidSvg(text: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const executablePath = chromiumPath(env);
  if (!existsSync(executablePath)) {
    throw new UserError(`--format svg renders in Chromium, and there is none at ${executablePath}`, {
      hint: 'install it (apt-get install chromium) or set GASIM_CHROMIUM to a Chromium binary; or print the Mermaid text (without --format) and render it with any Mermaid viewer',
    });
  }
  const script = mermaidScript();
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new UserError('--format svg needs the optional packages mermaid and playwright-core, and playwright-core is not installed', { hint: NEEDS_PACKAGES });
  }
  const browser = await chromium.launch({ executablePath, headless: true, args: FLAGS });
  try {
    const context = await browser.newContext({ offline: true });
    const page = await context.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: script });
    const result = await page.evaluate(async (source: string) => {
      // in the page: Mermaid's global, the DOM and its XML serialiser (this project's types have no DOM)
      const page = globalThis as unknown as {
        mermaid: { initialize(config: object): void; render(id: string, text: string): Promise<{ svg: string }> };
        document: { createElement(tag: string): { innerHTML: string; firstElementChild: unknown } };
        XMLSerializer: new () => { serializeToString(node: unknown): string };
      };
      const api = page.mermaid;
      api.initialize({ startOnLoad: false, securityLevel: 'strict', htmlLabels: false, state: { htmlLabels: false } });
      try {
        const { svg } = await api.render('gasim-diagram', source);
        const holder = page.document.createElement('div');
        holder.innerHTML = svg;
        return { svg: new page.XMLSerializer().serializeToString(holder.firstElementChild) };
      } catch (error) {
        return { error: String((error as Error).message ?? error) };
      }
    }, text);
    if ('error' in result) throw new Error(`Mermaid could not render the diagram: ${result.error}`);
    return `<?xml version="1.0" encoding="UTF-8"?>\n${result.svg}\n`;
  } finally {
    await browser.close();
  }
}
