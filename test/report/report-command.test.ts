import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../test-utils/io.js';
import { RUN_FIXTURE, SWEEP_FIXTURE } from './report-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'gasim-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function gasim(...args: string[]) {
  const io = captureIo({ cwd: dir });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('gasim report', () => {
  it('writes the report of a run and of a sweep, telling which it read', async () => {
    const run = await gasim('report', resolve(RUN_FIXTURE), '--out', 'run.html');
    expect(run).toMatchObject({ code: 0, out: '' });
    expect(run.err).toBe('Report written to run.html (run, 6 charts)\n');
    expect(readFileSync(join(dir, 'run.html'), 'utf8')).toMatch(/^<!doctype html>\n/);
    const sweep = await gasim('report', resolve(SWEEP_FIXTURE), '--out', 'sweep.html');
    expect(sweep.err).toMatch(/^Report written to sweep\.html \(sweep, \d+ charts\)\n$/);
  });

  it('never overwrites an existing file without --force (exit 4)', async () => {
    writeFileSync(join(dir, 'kept.html'), 'mine');
    const again = await gasim('report', resolve(RUN_FIXTURE), '--out', 'kept.html');
    expect(again.code).toBe(4);
    expect(again.err).toBe('gasim: kept.html exists; not overwriting it\n  fix: add --force to replace it, or choose another --out file\n');
    expect(readFileSync(join(dir, 'kept.html'), 'utf8')).toBe('mine');
    expect((await gasim('report', resolve(RUN_FIXTURE), '--out', 'kept.html', '--force')).code).toBe(0);
    expect(readFileSync(join(dir, 'kept.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it.each([
    ['no input', [], /^gasim: report needs the JSON of a run or a sweep\n {2}fix: /],
    ['no --out', ['x.json'], /^gasim: report needs --out FILE, the HTML file to write\n {2}fix: gasim report x\.json --out report\.html\n$/],
    ['a missing file', ['missing.json', '--out', 'r.html'], /^gasim: missing\.json:1:1: no such file\n/],
    ['an unknown flag', ['x.json', '--html'], /^gasim: unknown option '--html' for report\n/],
  ])('refuses %s with exit 2 and a fix', async (_name, args, message) => {
    const { code, err } = await gasim('report', ...args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it.each([
    ['broken JSON', '{\n  "runs": 1,\n  ]\n', /^gasim: bad\.json:3:3: is not valid JSON/],
    ['a scenario', 'format: gasim/scenario@1\n', /^gasim: bad\.json:1:1: is a scenario, not the result of a run or a sweep\n {2}fix: run it first/],
    ['a run with a wrong field', null, /^gasim: bad\.json:\d+:\d+: at seed: /],
    ['binary data', '\u0000\u00ff', /^gasim: bad\.json:1:1: is not valid JSON/],
  ])('refuses %s, located, with exit 2, writing nothing and printing no stack', async (_name, text, message) => {
    const run = JSON.parse(readFileSync(RUN_FIXTURE, 'utf8'));
    run.seed = 'one';
    writeFileSync(join(dir, 'bad.json'), text ?? JSON.stringify(run, null, 2));
    const { code, err } = await gasim('report', 'bad.json', '--out', 'bad.html');
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).toMatch(/\n {2}fix: /);
    expect(err).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'bad.html'))).toBe(false);
  });
});
