import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tracedModules, UI_PATTERN } from '../../bench/startup-bench.js';
import { ROOT } from '../test-utils/gasim-child.js';

const ui = (modules: readonly string[]) => modules.filter((m) => UI_PATTERN.test(m));
// a package's files, whether esbuild names them from this checkout (`node_modules/ink/…`) or through a
// symbolic link elsewhere (`../main/node_modules/ink/…`)
const inPackage = (name: string) => (m: string) => new RegExp(`(^|/)node_modules/${name}/`).test(m);

// Child processes of the built CLI (`dist/cli.js`, the bundle of scripts/bundle-cli.mjs) with a module
// hook that records every file loaded; each file of the bundle stands for the modules esbuild put in it.
describe('what a command of the built gasim loads', () => {
  it('is the bundle: dist/cli.js only imports dist/bundle/gasim.js', () => {
    expect(readFileSync(`${ROOT}dist/cli.js`, 'utf8')).toContain("import './bundle/gasim.js';");
    expect(existsSync(`${ROOT}dist/bundle/meta.json`)).toBe(true);
  });

  it('loads ink, React and the UI for tui (the tracer sees them through the bundle)', async () => {
    const modules = await tracedModules(['tui']);
    expect(ui(modules).some(inPackage('ink'))).toBe(true);
    expect(ui(modules).some((m) => m.startsWith('src/ui/'))).toBe(true);
  });

  it.each([
    ['--help', ['--help']],
    ['help run', ['help', 'run']],
    ['validate', ['validate', 'scenarios/marrakech-2025.yaml']],
    ['run', ['run', 'scenarios/marrakech-2025.yaml']],
  ])('loads no terminal UI code for %s', async (_, args) => {
    const modules = await tracedModules(args);
    expect(modules.length).toBeGreaterThan(0);
    expect(ui(modules)).toEqual([]);
  });

  it("holds one of zod's locales, English (zod imported as a namespace, so the rest are shaken out)", () => {
    const meta = JSON.parse(readFileSync(`${ROOT}dist/bundle/meta.json`, 'utf8')) as { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> };
    const kept = Object.values(meta.outputs).flatMap((output) => Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path));
    const locales = [...new Set(kept.filter((path) => /node_modules\/zod\/v4\/locales\/(?!index\.js)/.test(path)))];
    expect(locales.map((path) => path.split('/').pop())).toEqual(['en.js']);
  });

  it('loads neither the machine nor YAML for --help', async () => {
    const modules = await tracedModules(['--help']);
    expect(modules.filter((m) => m.includes('src/machine/') || inPackage('yaml')(m) || inPackage('xstate')(m))).toEqual([]);
  });
});
