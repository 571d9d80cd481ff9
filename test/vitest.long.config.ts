import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:long`: the runs kept out of `npm test` for its three minutes on two cores: a run
 * SIGKILLed at 52 points and resumed, and the benchmark functions at tiny sizes. No time limit:
 * they take minutes on a loaded machine and a timeout would only fail them for being slow.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/long/**/*.test.{ts,tsx}'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 0,
    hookTimeout: 0,
    fileParallelism: false,
  },
});
