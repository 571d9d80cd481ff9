import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { newestSource } from './test-utils/newest-source.js';

/**
 * Builds `dist/` once before the tests, as `npm run build` does (tsc, then the bundled CLI of
 * scripts/bundle-cli.mjs): sweep workers and the child processes of the CLI tests run the compiled
 * JavaScript, as users do. One build here avoids parallel test files racing to build. The bundler
 * writes `dist/cli.js` last, so a `dist/cli.js` newer than every file under `src/`, `tsconfig.json`,
 * `package.json` and the bundler script is an up-to-date build (`npm ci` builds through `prepare`):
 * the build, about 25 s of CPU, is skipped then.
 */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const built = existsSync(`${root}dist/cli.js`) ? statSync(`${root}dist/cli.js`).mtimeMs : 0;
  const sources = Math.max(newestSource(`${root}src`), statSync(`${root}tsconfig.json`).mtimeMs, statSync(`${root}package.json`).mtimeMs, statSync(`${root}scripts/bundle-cli.mjs`).mtimeMs);
  if (built > sources) return;
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, [`${root}scripts/bundle-cli.mjs`], { cwd: root, stdio: 'inherit' });
}
