import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../test-utils/io.js';

const dir = mkdtempSync(join(tmpdir(), 'gasim-exit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'bad.yaml'), 'format: gasim/scenario@1\nid: [\n');
writeFileSync(join(dir, 'bad.jsonl'), '{"format":"gasim/journal@1"}\n');
writeFileSync(join(dir, 'exists.jsonl'), 'keep');
const scenario = new URL('../../scenarios/constitution-amendment-fails.yaml', import.meta.url).pathname;

// every command's error paths with the documented exit code (README "Exit codes", docs-draft/hardening.md)
const ERRORS: readonly [string, readonly string[], number][] = [
  ['an unknown command', ['nope'], 2],
  ['run: unknown option', ['run', '--bogus'], 2],
  ['run: missing file', ['run', 'missing.yaml'], 2],
  ['run: invalid scenario', ['run', 'bad.yaml'], 2],
  ['run: bad seed', ['run', scenario, '--seed', 'x'], 2],
  ['run: journal exists', ['run', scenario, '--journal', 'exists.jsonl'], 4],
  ['sweep: unknown option', ['sweep', '--bogus'], 2],
  ['sweep: no scenario', ['sweep'], 2],
  ['sweep: bad runs', ['sweep', scenario, '--runs', '0'], 2],
  ['tui: unknown option', ['tui', '--bogus'], 2],
  ['tui: no terminal', ['tui', scenario], 5],
  ['members: unknown option', ['members', '--bogus'], 2],
  ['validate: no file', ['validate'], 2],
  ['check: no file', ['check'], 2],
  ['check: unknown axiom', ['check', scenario, '--axiom', 'nope'], 2],
  ['schema: an argument', ['schema', 'x'], 2],
  ['diagram: an argument', ['diagram', 'x'], 2],
  ['resume: no journal', ['resume'], 2],
  ['resume: missing journal', ['resume', 'missing.jsonl'], 2],
  ['resume: bad journal', ['resume', 'bad.jsonl'], 2],
  ['drill: unknown topic', ['drill', '--topic', 'nope'], 2],
];

describe('error messages and exit codes (issue 9, item 5)', () => {
  it('prints the help, exit codes included, and exits 2 when no command is given', async () => {
    const io = captureIo();
    expect(await main([], io)).toBe(2);
    expect(io.out()).toContain('Exit codes: 0 ok · 1 check failed · 2 bad input, usage or an OS error on a file · 3 internal error');
  });

  it.each(ERRORS)('%s: says what and how to fix it, exits with the documented code, and shows no stack', async (_name, argv, code) => {
    const io = captureIo({ cwd: dir });
    expect(await main(argv, io)).toBe(code);
    expect(io.err()).toMatch(/^gasim: .+\n(.*\n)* {2}fix: .+/);
    expect(io.err()).not.toMatch(/\n\s+at /);
  });

  it.each(ERRORS.filter(([, , code]) => code !== 5))('%s: with --verbose the stack follows', async (_name, argv, code) => {
    const io = captureIo({ cwd: dir });
    expect(await main([...argv, '--verbose'], io)).toBe(code);
    expect(io.err()).toMatch(/\n\s+at /);
  });
});
