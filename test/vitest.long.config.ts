import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The test files of `npm test` whose costly properties take fewer runs there (`propertyRuns(full,
 * quick)` in test/test-utils/property-runs.ts): `npm run test:long` runs them again with the full runs.
 */
const fullRunFiles = readdirSync(`${root}test`, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.test\.tsx?$/.test(file) && !file.startsWith('long/'))
  .filter((file) => readFileSync(`${root}test/${file}`, 'utf8').includes('propertyRuns('))
  .map((file) => `test/${file}`);

/**
 * `npm run test:long`: the runs kept out of `npm test` for its three minutes on two cores (see the
 * README's Development section for the list and why): `test/long/`, and the files above with
 * GASIM_PROPERTY_RUNS=full. No time limit: they take minutes on a loaded machine and a timeout would
 * only fail them for being slow.
 */
export default defineConfig({
  root,
  test: {
    include: ['test/long/**/*.test.{ts,tsx}', ...fullRunFiles],
    env: { GASIM_PROPERTY_RUNS: 'full' },
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 0,
    hookTimeout: 0,
    fileParallelism: false,
  },
});
