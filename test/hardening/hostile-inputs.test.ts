import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { VERSION } from '../../src/cli/version.js';
import { formatJournal, journalHeader } from '../../src/journal/journal.js';
import { captureIo } from '../test-utils/io.js';

// issue 18: each finding of the second hardening pass, as it was found
const HOSTILE = new URL('../fixtures/hostile/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'gasim-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function gasim(...argv: string[]) {
  const io = captureIo({ cwd: dir });
  const started = Date.now();
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err(), ms: Date.now() - started };
}

describe('limits before work while reading YAML', () => {
  it('refuses 2 MiB of [ at once, from the lexer', async () => {
    writeFileSync(join(dir, 'brackets.yaml'), '['.repeat(2 * 1024 * 1024 - 16));
    const r = await gasim('validate', 'brackets.yaml');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^brackets\.yaml:1:\d+: nesting deeper than 32 levels \[yaml\/limit\]/);
  });

  it('refuses a map of 50,001 keys in linear time (no quadratic duplicate check)', async () => {
    writeFileSync(join(dir, 'keys.yaml'), Array.from({ length: 50_001 }, (_, i) => `k${i}: 1`).join('\n'));
    const r = await gasim('validate', 'keys.yaml');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/keys\.yaml:\d+:1: more than 100000 tokens/);
  });

  it('allows exactly 100 aliases and refuses 101', async () => {
    const aliases = (n: number) => `format: gasim/scenario@1\nid: &x abc\nnotes: [${Array.from({ length: n }, () => '*x').join(', ')}]\n`;
    writeFileSync(join(dir, 'a100.yaml'), aliases(100));
    writeFileSync(join(dir, 'a101.yaml'), aliases(101));
    expect((await gasim('validate', 'a100.yaml')).err).not.toContain('yaml/limit');
    expect((await gasim('validate', 'a101.yaml')).err).toMatch(/more than 100 aliases \(\*name\) \[yaml\/limit\]/);
  });

  it('lists at most 50 problems and counts the rest', async () => {
    writeFileSync(join(dir, 'dups.yaml'), Array.from({ length: 500 }, () => 'a: 1').join('\n'));
    const r = await gasim('validate', 'dups.yaml');
    expect(r.code).toBe(2);
    const lines = r.err.trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(52);
    expect(r.err).toContain('and 449 more problems not listed');
  });

  it.each(['omap', 'set', 'binary', 'timestamp'])('refuses the non-core tag !!%s with its place (it was silently ignored)', async (tag) => {
    const r = await gasim('validate', `${HOSTILE}tag-${tag}.yaml`);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`tag-${tag}\\.yaml:4:\\d+: tag !!${tag} not allowed \\[yaml/tag\\]`));
  });

  it('refuses !!js/function in a gasim/rules@1 file (it was only a warning)', async () => {
    const r = await gasim('check', `${HOSTILE}rules-js-function.yaml`, '--runs', '1');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/rules-js-function\.yaml:2:7: tag not allowed: !!js\/function \[yaml\/tag\]/);
  });

  it('reports registryBloc: toString as an unknown bloc (exit 2), not a crash (exit 3)', async () => {
    const r = await gasim('validate', `${HOSTILE}registry-bloc-tostring.yaml`);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/:21:\d+: no registry bloc 'toString' \[scenario\/unknown-bloc/);
  });

  it("refuses 'constructor' as an id (ids key records)", async () => {
    const text = readFileSync(`${HOSTILE}secret-question.yaml`, 'utf8').replace('id: sec,', 'id: constructor,');
    writeFileSync(join(dir, 'ctor.yaml'), text);
    const r = await gasim('validate', 'ctor.yaml');
    expect(r.code).toBe(2);
    expect(r.err).toContain('this id is reserved');
  });
});

describe('every reader refuses what is not a regular file, and reads within a cap', () => {
  const fifo = join(dir, 'fifo');
  execFileSync('mkfifo', [fifo]);
  writeFileSync(join(dir, 'answers.txt'), '1\n');

  it.each([
    ['resume /dev/zero', ['resume', '/dev/zero'], /the journal \/dev\/zero is not a regular file/],
    ['resume a FIFO', ['resume', fifo], /the journal .*fifo is not a regular file/],
    ['resume a directory', ['resume', '.'], /the journal \. is a directory/],
    ['drill --answers /dev/zero', ['drill', '--count', '1', '--answers', '/dev/zero'], /the answers file \/dev\/zero is not a regular file/],
    ['drill --answers DIR', ['drill', '--count', '1', '--answers', dir], /the answers file .* is a directory/],
    ['train --answers /dev/zero', ['train', `${HOSTILE}secret-question.yaml`, '--answers', '/dev/zero'], /the answers file \/dev\/zero is not a regular file/],
    ['validate a FIFO', ['validate', fifo], /is not a regular file/],
  ])('%s: exit 2 with a fix, at once', async (_name, argv, message) => {
    const r = await gasim(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/fix:|hint:/);
  });
});

describe('torn-line repair works on bytes', () => {
  it('cuts a torn last line after bytes that are not UTF-8 without leaving a fragment', async () => {
    const scenario = `${HOSTILE}secret-question.yaml`;
    const header = journalHeader({ version: VERSION, scenarioId: 'secret-question', scenarioFile: scenario, scenarioText: readFileSync(scenario, 'utf8'), seed: 1 });
    const good = Buffer.from(formatJournal(header, [{ type: 'chair.openSession' }]));
    // a line whose bytes are not UTF-8 (each decodes to 3 bytes of U+FFFD), then a torn line
    const journal = Buffer.concat([good, Buffer.from('{"seq":2,"event":{"type":"chair.openItem"'), Buffer.from([0xff, 0xfe, 0xfd])]);
    writeFileSync(join(dir, 'torn.jsonl'), journal);
    const r = await gasim('resume', 'torn.jsonl');
    expect(r.code).toBe(0);
    expect(r.err).toContain('torn last line');
    const after = readFileSync(join(dir, 'torn.jsonl'));
    expect(after.subarray(0, good.length).equals(good)).toBe(true);
    expect(after.includes(0)).toBe(false);
    expect(after.toString('utf8')).not.toContain('\ufffd');
    for (const line of after.toString('utf8').trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
  });
});
