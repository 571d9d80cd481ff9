// `npm run docs:report`: the README's report examples, made as a user makes them. Runs the
// Marrakech scenario and a 10,000-run sweep of the contested presidency through the CLI, keeps
// their JSON as the browser test's fixtures, writes both reports under docs/ and screenshots
// them at desktop and phone width. `--reuse` skips the run and the sweep and re-renders.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { launchBrowser, chromiumMissing } from '../test-utils/browser.js';
import { REPORT_EXAMPLES, PHONE, DESKTOP } from './examples.js';

const reuse = process.argv.includes('--reuse');
const gasim = (...args: string[]) => execFileSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });

for (const example of REPORT_EXAMPLES) {
  if (!reuse) {
    process.stderr.write(`$ gasim ${example.command.join(' ')}\n`);
    writeFileSync(example.fixture, gasim(...example.command));
  }
  gasim('report', example.fixture, '--out', example.html, '--force');
}

const missing = chromiumMissing();
if (missing !== null) {
  process.stderr.write(`screenshots not taken: ${missing}\n`);
  process.exit(1);
}
const browser = await launchBrowser();
try {
  for (const example of REPORT_EXAMPLES) {
    for (const [viewport, suffix] of [[DESKTOP, 'desktop'], [PHONE, 'phone']] as const) {
      const { page, problems } = await browser.open(example.html, viewport);
      if (problems.length > 0) throw new Error(`${example.html}: ${problems.join('; ')}`);
      const path = `docs/${example.name}-${suffix}.png`;
      await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: viewport.width, height: example.height[suffix] } });
      if (example.figure !== undefined) {
        await page.locator('figure', { hasText: example.figure }).first().screenshot({ path: `docs/${example.name}-chart-${suffix}.png` });
      }
      process.stderr.write(`wrote ${path}\n`);
      await page.close();
    }
  }
} finally {
  await browser.close();
}
