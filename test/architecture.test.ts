import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

// One dependency direction (style.md §4), stated arrow by arrow in docs/layers.yaml: the tests below are
// generated from that file, so it always tells the exact dependency graph of src/.
const LayersFile = z.object({
  layers: z.record(z.string(), z.object({ why: z.string().min(1), 'may-import': z.array(z.string()) }).strict()),
}).strict();
const LAYERS = LayersFile.parse(parse(readFileSync('docs/layers.yaml', 'utf8'))).layers;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The folders of src/ a file imports from (package.json and the like excluded). */
function importedFolders(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const targets = [...text.matchAll(/from '(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!).filter((target) => !target.endsWith('.json'));
  return [...new Set(targets.map((target) => relative('src', join(file, '..', target)).split('/')[0]!))];
}

const srcFolders = readdirSync('src').filter((name) => statSync(join('src', name)).isDirectory()).sort();

describe('layering (docs/layers.yaml)', () => {
  it('lists every folder of src/ and nothing else', () => {
    expect(Object.keys(LAYERS).sort()).toEqual(srcFolders);
  });

  it('names only listed layers in its arrows', () => {
    const unknown = Object.entries(LAYERS).flatMap(([layer, { 'may-import': allowed }]) =>
      allowed.filter((to) => !(to in LAYERS) || to === layer).map((to) => `${layer} → ${to}`));
    expect(unknown).toEqual([]);
  });

  it.each(Object.entries(LAYERS))('src/%s imports only along its listed arrows, and uses each of them', (layer, { 'may-import': allowed }) => {
    const used = new Set<string>();
    const offending = files(join('src', layer)).flatMap((file) =>
      importedFolders(file)
        .filter((folder) => folder !== layer)
        .flatMap((folder) => {
          used.add(folder);
          return allowed.includes(folder) ? [] : [`${file} imports src/${folder}, an arrow docs/layers.yaml does not list`];
        }),
    );
    expect(offending).toEqual([]);
    expect(allowed.filter((to) => !used.has(to)).map((to) => `${layer} → ${to} is listed but unused: remove it from docs/layers.yaml`)).toEqual([]);
  });
});
