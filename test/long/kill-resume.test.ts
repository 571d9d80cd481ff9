import { execFile, execFileSync, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newestSource } from '../test-utils/newest-source.js';

const root = new URL('../..', import.meta.url).pathname;
const cli = join(root, 'dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'gasim-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SCENARIOS = ['marrakech-2025', 'constitution-amendment-fails', 'contested-presidency', 'training-incidents'];
const KILLS = 52;

async function gasim(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [cli, ...args], { cwd: root, encoding: 'utf8' });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout, err: e.stderr };
  }
}

/** Runs `gasim run … --journal` as a child process and SIGKILLs it once the journal has `lines` lines. */
function killAfter(scenario: string, journal: string, lines: number): Promise<void> {
  return new Promise((done) => {
    const child = spawn('node', [cli, 'run', `scenarios/${scenario}.yaml`, '--journal', journal, '--json'], {
      cwd: root,
      stdio: 'ignore',
      env: { ...process.env, GASIM_SLOW_EVENTS_MS: '3' },
    });
    const poll = setInterval(() => {
      if (existsSync(journal) && readFileSync(journal, 'utf8').split('\n').length > lines) child.kill('SIGKILL');
    }, 1);
    child.on('exit', () => (clearInterval(poll), done()));
  });
}

const baseline = new Map<string, { json: string; journal: string }>();

beforeAll(async () => {
  // the test drives the built CLI: build when dist/cli.js is missing or older than a source file
  if (!existsSync(cli) || statSync(cli).mtimeMs < newestSource(join(root, 'src'))) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root });
  for (const s of SCENARIOS) {
    const journal = join(dir, `${s}.full.jsonl`);
    const run = await gasim(['run', `scenarios/${s}.yaml`, '--journal', journal, '--json']);
    baseline.set(s, { json: run.out, journal: readFileSync(journal, 'utf8') });
  }
});

describe('a run killed at any point resumes to the same result (issue 9, item 3)', () => {
  it(`SIGKILLs ${KILLS} runs at random points, some with a torn last line, and resumes each`, async () => {
    // fc.nat() rather than a double in [0, 1], whose generator favours the two ends
    const cases = fc.sample(fc.record({ scenario: fc.constantFrom(...SCENARIOS), at: fc.nat(), tear: fc.boolean(), cut: fc.nat() }), { numRuns: KILLS, seed: 9 });
    const work = cases.map((c, i) => async () => {
      const journal = join(dir, `kill-${i}.jsonl`);
      const full = baseline.get(c.scenario)!;
      const total = full.journal.split('\n').length - 1;
      await killAfter(c.scenario, journal, 1 + (c.at % (total - 1)));
      let text = readFileSync(journal, 'utf8');
      // a single write rarely tears under SIGKILL, so half the cases cut the last line as a crash mid-write would
      if (c.tear && text.split('\n').length > 2) {
        const lastStart = text.lastIndexOf('\n', text.length - 2) + 1;
        truncateSync(journal, Buffer.byteLength(text.slice(0, lastStart + 1 + (c.cut % (text.length - lastStart - 2)))));
        text = readFileSync(journal, 'utf8');
      }
      const torn = !text.endsWith('\n');
      const resumed = await gasim(['resume', journal, '--json']);
      return { i, code: resumed.code, torn, warned: /torn last line/.test(resumed.err), same: resumed.out === full.json, journal: readFileSync(journal, 'utf8') === full.journal };
    });
    const results = [];
    // two at a time on a two-core machine
    for (let i = 0; i < work.length; i += 2) results.push(...(await Promise.all(work.slice(i, i + 2).map((w) => w()))));
    for (const r of results) expect(r).toEqual({ i: r.i, code: 0, torn: r.torn, warned: r.torn, same: true, journal: true });
    expect(results.filter((r) => r.torn).length).toBeGreaterThan(5);
  }); // ~60 s on an idle two-core machine; `npm run test:long` runs it without a time limit

  it('resuming a complete journal prints the same result and appends nothing', async () => {
    const journal = join(dir, 'marrakech-2025.full.jsonl');
    const resumed = await gasim(['resume', journal, '--json']);
    expect(resumed).toEqual({ code: 0, out: baseline.get('marrakech-2025')!.json, err: '' });
    expect(readFileSync(journal, 'utf8')).toBe(baseline.get('marrakech-2025')!.journal);
  });
});
