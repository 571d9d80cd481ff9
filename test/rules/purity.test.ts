import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// acceptance (issue 3): the rules core imports nothing from the machine, the UI or Node built-ins,
// and reads no clock and no ambient randomness (style principle 1)
const root = fileURLToPath(new URL('../../src/rules/', import.meta.url));
const NODE_MODULES = new Set(['fs', 'path', 'os', 'child_process', 'process', 'url', 'crypto', 'util', 'stream']);
const LAYERS = ['machine', 'ui', 'cli', 'sim'];
const FORBIDDEN_CALLS = ['Math.random', 'Date.now', 'new Date('];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every module specifier of static imports, re-exports and dynamic imports. */
function specifiers(text: string): string[] {
  const found = [...text.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g)];
  return found.map((m) => m[1] ?? m[2]!);
}

function isForbidden(spec: string): boolean {
  if (spec.startsWith('node:')) return true;
  if (NODE_MODULES.has(spec.split('/')[0]!)) return true;
  const parts = spec.split('/');
  return spec.startsWith('.') && LAYERS.some((layer) => parts.includes(layer) && parts[0] === '..');
}

function violations(file: string, text: string): string[] {
  const imports = specifiers(text).filter(isForbidden).map((spec) => `${file}: imports ${spec}`);
  const calls = FORBIDDEN_CALLS.filter((call) => text.includes(call)).map((call) => `${file}: uses ${call}`);
  return [...imports, ...calls];
}

describe('rules core purity (issue 3 acceptance)', () => {
  const files = sourceFiles(root);

  it('finds the rules sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('imports nothing from node built-ins, the machine, the UI, the CLI or the simulator, and reads no clock or Math.random', () => {
    const found = files.flatMap((path) => violations(relative(root, path), readFileSync(path, 'utf8')));
    expect(found).toEqual([]);
  });

  it.each([
    ["import { readFileSync } from 'node:fs';", 'imports node:fs'],
    ["import { join } from 'path';", 'imports path'],
    ["import type { AgendaContext } from '../machine/context.js';", 'imports ../machine/context.js'],
    ["export { App } from '../../ui/App.js';", 'imports ../../ui/App.js'],
    ["const m = await import('../sim/outcome.js');", 'imports ../sim/outcome.js'],
    ['const x = Math.random();', 'uses Math.random'],
    ['const t = Date.now();', 'uses Date.now'],
    ['const d = new Date();', 'uses new Date('],
  ])('catches %s', (text, message) => {
    expect(violations('planted.ts', text)).toEqual([`planted.ts: ${message}`]);
  });

  it('allows the domain types and the seeded generator', () => {
    const text = "import type { Tally } from '../domain/vote.js';\nimport { nextInt } from '../random/seeded-rng.js';";
    expect(violations('ok.ts', text)).toEqual([]);
  });
});
