import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// One dependency direction (style.md §4): domain ← rules ← machine ← sim / ui ← cli.
const LAYERS: Record<string, readonly string[]> = {
  domain: [],
  random: [],
  rules: ['domain', 'random'],
  registry: ['domain'],
  scenario: ['domain', 'rules', 'registry'],
  machine: ['domain', 'random', 'rules', 'registry', 'scenario', 'journal'],
  // the journal's hash chain (issue 19) knows nothing of sessions; the verifier's tally shares only the domain types
  journal: [],
  audit: ['domain'],
  // the training engine (training-run, scripted-run) steps the session through sim's stepper
  training: ['domain', 'random', 'rules', 'registry', 'scenario', 'machine', 'sim', 'testing'],
  ui: ['domain', 'machine', 'training', 'scenario'],
  report: ['domain', 'registry', 'sim'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function importedFolders(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const folders = [...text.matchAll(/from '(\.{1,2}\/[^']+)'/g)].map((m) => relative('src', join(file, '..', m[1]!)).split('/')[0]!);
  return [...new Set(folders)];
}

describe('layering', () => {
  it.each(Object.entries(LAYERS))('src/%s imports only from the layers below it', (layer, allowed) => {
    const offending = files(join('src', layer)).flatMap((file) =>
      importedFolders(file)
        .filter((folder) => folder !== layer && !folder.endsWith('.json') && !allowed.includes(folder))
        .map((folder) => `${file} imports src/${folder}`),
    );
    expect(offending).toEqual([]);
  });
});
