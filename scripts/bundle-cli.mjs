// `npm run build`, after tsc: bundles the `gasim` command into dist/bundle/ with esbuild, so that
// `gasim tui` loads a few files instead of ~800 (ink's dependencies alone are hundreds; ink imports
// `es-toolkit/compat` whole for one `throttle`, which the bundle tree-shakes) (issue 17, first frame
// under 1 s). tsc's dist/ stays the library (`import 'gasim'`, types); only dist/cli.js, the `bin`,
// becomes a one-line launcher of the bundle. Run alone: `node scripts/bundle-cli.mjs`.
import { build } from 'esbuild';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = `${root}dist/bundle`;

/**
 * React, its reconciler and scheduler in their production builds, as for any shipped app: their entry
 * files choose a build by `process.env.NODE_ENV`, which is read here as "production" for those files
 * only (the development builds add checks and warnings for React developers, several times the
 * start-up work). Other packages keep reading the environment: immer's error messages stay whole.
 */
const reactProduction = {
  name: 'react-production',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/](react|react-reconciler|scheduler)[\\/][^\\/]+\.js$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('process.env.NODE_ENV', '"production"'),
      loader: 'js',
    }));
  },
};

/**
 * yoga-layout (ink's layout engine) carries its WebAssembly as a base64 `data:` URL and, where a global
 * `fetch` exists (Node ≥ 18), loads it through `fetch`: Node then loads its whole HTTP client (undici)
 * to decode 70 kB, about 70 ms of CPU against 6 ms for the `atob` path the same file takes without
 * `fetch`. The two `typeof fetch` tests of that file are read as "no fetch"; the build stops if the
 * file no longer has them (a new yoga-layout: look again).
 */
const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const test = '"function"!=typeof fetch';
      const found = text.split(test).length - 1;
      if (found !== 2) throw new Error(`${args.path}: expected 2 \`${test}\`, found ${found}; see yogaWithoutFetch in scripts/bundle-cli.mjs`);
      return { contents: text.replaceAll(test, 'true'), loader: 'js' };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  // each command's module stays a lazily loaded chunk (`--help` loads neither the UI nor the machine);
  // the sweep worker sits in the same folder as the chunks, where the pool looks for it
  entryPoints: [
    { in: 'src/cli.ts', out: 'gasim' },
    { in: 'src/sim/sweep/sweep-worker.ts', out: 'sweep-worker' },
  ],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: '[name]-[hash]',
  plugins: [reactProduction, yogaWithoutFetch],
  // optional peers (`diagram --format svg`) and ink's devtools (only with DEV=true) stay outside
  external: ['mermaid', 'playwright-core', 'react-devtools-core'],
  // CommonJS dependencies bundled into ES modules still `require` Node's built-ins
  banner: { js: "import { createRequire as __gasimCreateRequire } from 'node:module'; const require = __gasimCreateRequire(import.meta.url);" },
  // the modules each output file holds: test/cli/lazy-loading.test.ts reads it to see what a command loads
  metafile: true,
  logLevel: 'warning',
});
writeFileSync(`${outdir}/meta.json`, JSON.stringify(result.metafile));
writeFileSync(`${root}dist/cli.js`, "#!/usr/bin/env node\n// gasim's command line, bundled by scripts/bundle-cli.mjs (tsc's build of src/cli.ts is replaced by this line)\nimport './bundle/gasim.js';\n");
chmodSync(`${root}dist/cli.js`, 0o755);
