import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Files that render ink apps: kept isolated (a module state of ink's leaks between files). */
const INK = 'test/**/*.test.tsx';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // the long runs (52 kill points, benchmark smoke, full property runs) are `npm run test:long`
    // (test/vitest.long.config.ts; the README's Development section lists them)
    exclude: ['test/long/**', '**/node_modules/**'],
    globalSetup: ['test/global-setup.ts'],
    // For the three minutes on two cores: two workers (vitest's default on two cores is one).
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // expect.poll gives up after 1 s by default: a wall-clock limit that a loaded machine missed (an ink
    // app's exit after a key press); a minute bounds a poll whose condition never comes
    expect: { poll: { timeout: 60_000 } },
    projects: [
      // The ink tests stay isolated: with `isolate: false` an ink test after other training files never
      // saw its app exit (test/training/quit-and-wrap.test.tsx), so some module state of ink's leaks.
      // They also render as in a terminal when CI is set (.ci/run sets CI=true): ink reads CI when it is
      // imported and then writes its last frame differently at exit, which is not what a person at a
      // terminal sees (`gasim tui` and `gasim train` need a terminal; without one they exit 5).
      { extends: true, test: { name: 'ink', include: [INK], env: { CI: 'false' } } },
      // The others keep the modules a worker has loaded for its next file instead of importing them
      // again per file (about 0.6 s of CPU each): no test mocks modules, stubs globals or changes
      // process.env, and each file makes its own scenarios, sessions and temporary directories.
      { extends: true, test: { name: 'core', include: ['test/**/*.test.ts'], isolate: false } },
    ],
  },
});
