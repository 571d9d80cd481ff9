import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // the long runs (52 kill points, benchmark smoke, full property runs) are `npm run test:long`
    // (test/vitest.long.config.ts; the README's Development section lists them)
    exclude: ['test/long/**', '**/node_modules/**'],
    globalSetup: ['test/global-setup.ts'],
    // For the three minutes on two cores: two workers (vitest's default on two cores is one), and the
    // modules a worker has loaded kept for its next file (isolate: false) instead of imported again per
    // file, about 0.6 s of CPU each. No test mocks modules, stubs globals or changes process.env, and
    // each file makes its own scenarios, sessions and temporary directories.
    maxWorkers: 2,
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // expect.poll gives up after 1 s by default: a wall-clock limit that a loaded machine missed (an ink
    // app's exit after a key press); a minute bounds a poll whose condition never comes
    expect: { poll: { timeout: 60_000 } },
  },
});
