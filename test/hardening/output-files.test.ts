import { spawn } from 'node:child_process';
import { lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../test-utils/io.js';
import { ROOT } from '../test-utils/gasim-child.js';

// issue 18: outputs never follow a planted link, OS errors are exit 2 with a fix, small lies refused
const SCENARIO = new URL('../fixtures/hostile/secret-question.yaml', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'gasim-outputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'answers.txt'), '1\n2\n1\n');

async function gasim(...argv: string[]) {
  const io = captureIo({ cwd: dir });
  return { code: await main(argv, io), out: io.out(), err: io.err() };
}

describe('outputs never follow a link', () => {
  it.each([
    ['train --report', (report: string) => ['train', SCENARIO, '--answers', 'answers.txt', '--report', report]],
    ['drill --report', (report: string) => ['drill', '--count', '2', '--answers', 'answers.txt', '--report', report]],
  ])('%s: refuses a link (exit 4), and with --force replaces the link itself, never the file it points to', async (name, argv) => {
    const victim = join(dir, `${name.split(' ')[0]}-victim.txt`);
    const link = `${name.split(' ')[0]}-link.md`;
    writeFileSync(victim, 'precious');
    symlinkSync(victim, join(dir, link));
    expect((await gasim(...argv(link))).code).toBe(4);
    expect((await gasim(...argv(link), '--force')).code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(lstatSync(join(dir, link)).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(dir, link), 'utf8')).toMatch(/debrief/i);
  });
});

describe('OS errors are exit 2 with a fix, not a bug', () => {
  it.each([
    ['a full disk (run --journal /dev/full)', ['run', SCENARIO, '--journal', '/dev/full', '--force'], /cannot write the journal \/dev\/full \(ENOSPC\)/],
    ['fsync refused (run --journal /dev/null)', ['run', SCENARIO, '--journal', '/dev/null', '--force'], /cannot write the journal \/dev\/null \(EINVAL\)/],
    ['a missing directory (drill --report)', ['drill', '--count', '1', '--answers', 'answers.txt', '--report', 'no/such/dir/d.md'], /cannot write a debrief no\/such\/dir\/d\.md \(ENOENT\)/],
    ['a directory as the file (drill --report)', ['drill', '--count', '1', '--answers', 'answers.txt', '--report', '.', '--force'], /cannot write a debrief \. \((EISDIR|ENOENT|EEXIST|EINVAL)\)|already exists/],
  ])('%s', async (_name, argv, message) => {
    const r = await gasim(...(argv as string[]));
    expect(r.code).toBeGreaterThanOrEqual(2);
    expect(r.code).not.toBe(3);
    expect(r.err).toMatch(message);
    expect(r.err).toContain('fix:');
  });
});

describe('small lies refused', () => {
  it.each([
    ['run --journal ""', ['run', SCENARIO, '--journal', ''], /--journal needs a file name/],
    ['resume --journal-out ""', ['resume', 'x.jsonl', '--journal-out', ''], /--journal-out needs a file name/],
    ['run a.yaml b.yaml', ['run', SCENARIO, SCENARIO], /too many arguments for run/],
    ['drill --count 99999999999999999999', ['drill', '--count', '99999999999999999999'], /--count must be a whole number from 1 to 1000/],
  ])('%s: exit 2', async (_name, argv, message) => {
    const r = await gasim(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});

describe('a closed stdout ends quietly', () => {
  it.each([
    ['run --json', ['run', SCENARIO, '--json']],
    ['members --json', ['members', '--json']],
    ['schema', ['schema']],
  ])('%s | head -c 1: exit 0, nothing on stderr', async (_name, argv) => {
    const child = spawn(process.execPath, [`${ROOT}dist/cli.js`, ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk) => (err += String(chunk)));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).toBe('');
    expect(code).toBe(0);
  });
});
