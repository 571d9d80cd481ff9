import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, parseReportInput, type ReportInput } from '../../src/report/index.js';
import { chromiumMissing, launchBrowser, type Browser } from '../test-utils/browser.js';
import { DESKTOP, PHONE, REPORT_EXAMPLES } from './examples.js';
import { hostileRun } from './report-fixtures.js';

// issue 14 item 6: the reports in a real browser (Debian's Chromium, driven by playwright-core)
const missing = chromiumMissing();
if (missing !== null) console.warn(`\n*** browser test NOT RUN: ${missing} ***\n`);

const VIEWPORTS = [['desktop', DESKTOP], ['phone', PHONE]] as const;

function input(file: string): ReportInput {
  const parsed = parseReportInput(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problem.message}`);
  return parsed.value;
}

/** Every chart is an SVG laid out at a real size with visible bars in it, beside its data table. */
async function expectChartsRendered(page: Page, charts: number): Promise<void> {
  const figures = (await page.evaluate(`[...document.querySelectorAll('figure.chart')].map((f) => {
    const svg = f.querySelector('.chart-svg > svg')?.getBoundingClientRect();
    const bars = [...f.querySelectorAll('svg [aria-roledescription="bar"]')].map((b) => b.getBoundingClientRect());
    return { width: svg?.width ?? 0, height: svg?.height ?? 0, bars: bars.filter((b) => b.width > 0 && b.height > 0).length, tables: f.querySelectorAll('.chart-data table').length };
  })`)) as { width: number; height: number; bars: number; tables: number }[];
  expect(figures).toHaveLength(charts);
  for (const f of figures) {
    expect(f.width).toBeGreaterThan(200);
    expect(f.height).toBeGreaterThan(100);
    expect(f.bars).toBeGreaterThan(0);
    expect(f.tables).toBe(1);
  }
}

// .ci/run installs Chromium, so in CI a missing browser is a failure (launching it fails), not a skip
describe.skipIf(missing !== null && process.env.CI !== 'true')('reports in headless Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'gasim-browser-'));
  const pages = new Map<string, { file: string; charts: number }>();

  beforeAll(async () => {
    browser = await launchBrowser();
    const inputs: [string, ReportInput][] = [...REPORT_EXAMPLES.map((e) => [e.name, input(e.fixture)] as [string, ReportInput]), ['hostile', hostileRun()]];
    for (const [name, report] of inputs) {
      const built = await buildReport(report, { generator: 'gasim test' });
      const file = join(dir, `${name}.html`);
      writeFileSync(file, built.html);
      pages.set(name, { file, charts: built.charts });
    }
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const example of REPORT_EXAMPLES) {
    it.each(VIEWPORTS)(`${example.name} at %s width: charts rendered, no console error, key figures shown (printable at desktop width), screenshot taken`, async (label, viewport) => {
      const { file, charts } = pages.get(example.name)!;
      const { page, problems } = await browser.open(file, viewport);
      await expectChartsRendered(page, charts);
      const text = await page.locator('body').innerText();
      for (const figure of example.keyFigures) expect(text).toContain(figure);
      // nothing wider than the screen: wide tables scroll inside their own box
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(viewport.width);
      if (label === 'desktop') {
        // on paper: no table of contents, the charts and their tables still there
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('nav.contents').isVisible()).toBe(false);
        await expectChartsRendered(page, charts);
        await page.emulateMedia({ media: 'screen' });
      }
      const shot = join(dir, `${example.name}-${label}.png`);
      await page.screenshot({ path: shot });
      expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
      expect(statSync(shot).size).toBeGreaterThan(20_000);
      await page.close();
      expect(problems).toEqual([]);
    });
  }

  it('reports what a page logs as an error or tries to load (the check itself can fail)', async () => {
    const file = join(dir, 'broken.html');
    writeFileSync(file, `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><p>x</p><img src="https://example.invalid/x.png">`);
    const { page, problems } = await browser.open(file, DESKTOP);
    await expect(expectChartsRendered(page, 1)).rejects.toThrow();
    await page.close();
    expect(problems.join('\n')).toMatch(/console error: .*image 'https:\/\/example\.invalid\/x\.png'.*Content Security Policy/);
  });

  it('shows hostile names as text: no element, script or request comes from them', async () => {
    const { file, charts } = pages.get('hostile')!;
    const { page, problems } = await browser.open(file, DESKTOP);
    page.on('dialog', (d) => problems.push(`dialog: ${d.message()}`));
    await expectChartsRendered(page, charts);
    expect(await page.locator('script, img, b, iframe').count()).toBe(0);
    const text = await page.locator('body').innerText();
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('"><img src=x onerror=alert(2)>');
    await page.close();
    expect(problems).toEqual([]);
  });
});
