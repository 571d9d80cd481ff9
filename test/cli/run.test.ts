import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseJournal } from '../../src/journal/journal.js';
import { captureIo } from '../test-utils/io.js';

const dir = mkdtempSync(join(tmpdir(), 'gasim-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const marrakech = resolve('scenarios/marrakech-2025.yaml');

async function gasim(...args: string[]) {
  const io = captureIo({ cwd: dir });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('gasim run', () => {
  it('prints minutes a procedure officer recognises, with the reported presidency on ballot 3', async () => {
    const { code, out, err } = await gasim('run', marrakech);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toMatch(/^# 93rd session of the General Assembly — Marrakech, Morocco, 24–27 November 2025\n/);
    expect(out).toContain('## Day 4 — Thursday 27 November 2025 (last plenary)');
    expect(out).toContain('| Members entitled to vote | Abstentions | Invalid | Votes expressed | Majority required | Yes | No |');
    expect(out).toContain('*Ballot 3.* Members entitled to vote: 170. Abstentions: 4. Invalid papers: 2. Votes expressed: 164. Majority required: 83 (a simple majority of 164 votes expressed is 83; CONST Art 16 §2).');
    expect(out).toContain('PHILIPPE Lucas (France), with 84 votes of the 83 required, is elected President.');
    expect(out).toContain('| President | Lucas Philippe | France | Europe | 2025–2029 |');
    expect(out).toContain('| Vice-President for Asia | Wang Yong | China | Asia | 2025–2028 |');
  });

  it('gives the same bytes for the same scenario and seed, and --json parses', async () => {
    const a = await gasim('run', marrakech, '--seed', '9', '--json');
    const b = await gasim('run', marrakech, '--seed', '9', '--json');
    expect(a.out).toBe(b.out);
    expect(JSON.parse(a.out).format).toBe('gasim/result@1');
  });

  it('writes the journal with --journal and never overwrites it without --force (exit 4)', async () => {
    expect((await gasim('run', marrakech, '--journal', 'j.jsonl')).code).toBe(0);
    const parsed = parseJournal(readFileSync(join(dir, 'j.jsonl'), 'utf8'));
    expect(parsed.ok && parsed.value.torn).toBe(false);
    const again = await gasim('run', marrakech, '--journal', 'j.jsonl');
    expect(again.code).toBe(4);
    expect(again.err).toMatch(/already exists.*\n {2}fix: /);
    expect((await gasim('run', marrakech, '--journal', 'j.jsonl', '--force')).code).toBe(0);
  });

  it('refuses a bad seed and a broken scenario with exit code 2 and a fix', async () => {
    const seed = await gasim('run', marrakech, '--seed', 'x');
    expect(seed.code).toBe(2);
    expect(seed.err).toContain("--seed must be a whole number");
    writeFileSync(join(dir, 'bad.yaml'), 'format: gasim/scenario@1\nid: Bad\n');
    const bad = await gasim('run', 'bad.yaml');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/bad\.yaml:2:5: /);
    expect(bad.err).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'bad.jsonl'))).toBe(false);
  });
});

// the run of a rule set that never ends an election (5,000 events) is in test/long/run-never-ends.test.ts
