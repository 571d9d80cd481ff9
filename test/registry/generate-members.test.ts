import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRegistry } from '../../src/registry/generate-members.js';

describe('generate-members', () => {
  const files = Object.entries(renderRegistry());

  it('renders the two committed files', () => {
    expect(files.map(([path]) => path.split(/[\\/]/).pop()).sort()).toEqual(['blocs.json', 'interpol-members.json']);
  });

  // the in-memory form of `npm run generate:members -- --check` (members.md §4.2)
  it.each(files)('reproduces %s byte for byte', (path, content) => {
    expect(readFileSync(path, 'utf8')).toBe(content);
  });
});
