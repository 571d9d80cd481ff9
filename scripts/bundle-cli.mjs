// `npm run build`, after tsc: bundles the `gasim` command into dist/bundle/ with esbuild, so that
// `gasim tui` loads a few files instead of ~800 (ink's dependencies alone are hundreds; ink imports
// `es-toolkit/compat` whole for one `throttle`, which the bundle tree-shakes) (issue 17, first frame
// under 1 s). tsc's dist/ stays the library (`import 'gasim'`, types); only dist/cli.js, the `bin`,
// becomes a one-line launcher of the bundle. Run alone: `node scripts/bundle-cli.mjs`.
import { build } from 'esbuild';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = `${root}dist/bundle`;

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
  // React and its reconciler in their production builds, as for any shipped app (the development
  // builds add checks and warnings for React developers, several times the start-up work)
  define: { 'process.env.NODE_ENV': '"production"' },
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
