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
    // For the three minutes on two cores: two workers (vitest's default on two cores is one). Files stay
    // isolated: with `isolate: false` (each module imported once per worker, about 0.6 s of CPU saved
    // per file) an ink test after other training files never saw its app exit
    // (test/training/quit-and-wrap.test.tsx), so some module state leaks between files.
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // expect.poll gives up after 1 s by default: a wall-clock limit that a loaded machine missed (an ink
    // app's exit after a key press); a minute bounds a poll whose condition never comes
    expect: { poll: { timeout: 60_000 } },
  },
});
