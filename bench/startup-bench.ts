import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { median, round } from './stats.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const TRACE = join(ROOT, 'bench/trace-imports.mjs');

/** What counts as terminal UI code: the project's UI modules (built or, in the bundle, their sources), ink and React. */
export const UI_PATTERN = /(^|\/)(dist|src)\/ui\/|(^|\/)(dist|src)\/cli\/commands\/tui\.(js|tsx)|(^|\/)node_modules\/(ink|react|react-reconciler)\//;
const BUNDLE = join(ROOT, 'dist/bundle/');

export interface StartupCommandResult {
  readonly command: string;
  readonly medianMs: number;
  readonly runsMs: number[];
  readonly modulesLoaded: number;
  readonly uiModulesLoaded: string[];
}

async function wallMs(args: readonly string[]): Promise<number> {
  const start = performance.now();
  await run(process.execPath, [CLI, ...args], { cwd: ROOT });
  return performance.now() - start;
}

/**
 * The modules one run of `node dist/cli.js <args>` loads, recorded by trace-imports.mjs: file URLs,
 * with each file of the bundled CLI (dist/bundle/) replaced by the source modules esbuild put in it
 * (paths relative to the root, from dist/bundle/meta.json; `node_modules` may resolve elsewhere).
 */
export async function tracedModules(args: readonly string[]): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gasim-trace-'));
  const file = join(dir, 'modules.txt');
  try {
    // a failing command (e.g. `tui` without a terminal) has still loaded its modules
    await run(process.execPath, ['--import', TRACE, CLI, ...args], { cwd: ROOT, env: { ...process.env, GASIM_TRACE_IMPORTS: file } }).catch(() => undefined);
    const urls = [...new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean))];
    const bundled = urls.filter((url) => url.startsWith(pathToFileURL(BUNDLE).href));
    if (bundled.length === 0) return urls;
    const meta = JSON.parse(readFileSync(join(BUNDLE, 'meta.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
    const inputsOf = (url: string) => Object.keys(meta.outputs[relative(ROOT, fileURLToPath(url))]?.inputs ?? {});
    return [...new Set(urls.flatMap((url) => (bundled.includes(url) ? inputsOf(url) : [url])))];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Median wall time of `node dist/cli.js <args>` over `repetitions` child processes, and what it loads. */
export async function benchStartup(args: readonly string[], repetitions: number): Promise<StartupCommandResult> {
  await wallMs(args); // warm the file cache
  const times: number[] = [];
  for (let i = 0; i < repetitions; i++) times.push(await wallMs(args));
  const modules = await tracedModules(args);
  return {
    command: `node dist/cli.js ${args.join(' ')}`,
    medianMs: round(median(times), 1),
    runsMs: times.map((t) => round(t, 1)),
    modulesLoaded: modules.length,
    uiModulesLoaded: modules.filter((url) => UI_PATTERN.test(url)).map((url) => url.replace(/^(file:\/\/|\.\.\/).*?\/(dist|node_modules)\//, '$2/')),
  };
}

/** Self-check of the tracer: `gasim tui` (refusing to start without a terminal) loads the UI. */
export async function tracerSeesUi(): Promise<boolean> {
  const modules = await tracedModules(['tui']);
  return modules.some((url) => UI_PATTERN.test(url));
}
