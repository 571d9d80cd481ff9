import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BALLOT_COLUMNS, ITEM_COLUMNS, VOTE_COLUMNS } from '../../src/sim/run-csv.js';
import { gasimChild } from '../test-utils/gasim-child.js';

// Issue 14.3: `gasim run --csv DIR` writes spreadsheet tables of one run, projected from the JSON
// result (the source of truth), through the built CLI as a user runs it.
const dir = mkdtempSync(join(tmpdir(), 'gasim-run-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), (i += 1);
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += ch;
  }
  return rows;
}

function table(out: string, name: string): { header: string[]; rows: Record<string, string>[] } {
  const [header, ...rows] = parseCsv(readFileSync(join(out, name), 'utf8'));
  for (const r of rows) expect(r).toHaveLength(header!.length);
  return { header: header!, rows: rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!]))) };
}

describe.each(['marrakech-2025', 'contested-presidency'])('gasim run %s --csv DIR', (scenario) => {
  const out = join(dir, scenario);
  let json: any;
  beforeAll(async () => {
    const run = await gasimChild(['run', `scenarios/${scenario}.yaml`, '--csv', out, '--json']);
    expect({ code: run.code, err: run.err }).toEqual({ code: 0, err: '' });
    json = JSON.parse(run.out);
  });

  it('writes three tables with a header row, and nothing else', () => {
    expect(readdirSync(out).sort()).toEqual(['ballots.csv', 'items.csv', 'votes.csv']);
    expect(table(out, 'items.csv').header).toEqual([...ITEM_COLUMNS]);
    expect(table(out, 'ballots.csv').header).toEqual([...BALLOT_COLUMNS]);
    expect(table(out, 'votes.csv').header).toEqual([...VOTE_COLUMNS]);
  });

  it('has one item row per agenda item of the JSON result', () => {
    const items = table(out, 'items.csv').rows;
    expect(items.map((i) => i.item)).toEqual(json.items.map((i: { id: string }) => i.id));
    expect(items.map((i) => i.status)).toEqual(json.items.map((i: { status: string }) => i.status));
  });

  it('has one ballot row per candidate per ballot (yes and no for a question or a sole candidate), as many as the JSON', () => {
    const ballots = table(out, 'ballots.csv').rows;
    const questions = json.decisions.filter((d: { announcement: unknown }) => d.announcement !== null).length * 2;
    const rounds = json.elections.flatMap((e: { rounds: { candidates: string[] }[] }) => e.rounds).reduce((n: number, r: { candidates: string[] }) => n + (r.candidates.length === 1 ? 2 : r.candidates.length), 0);
    expect(ballots).toHaveLength(questions + rounds);
    for (const e of json.elections) {
      for (const round of e.rounds) {
        const rows = ballots.filter((b) => b.ballot === round.key);
        const sorted = [...rows].sort((a, b) => Number(b.votes) - Number(a.votes));
        // R3.7: decreasing order of votes; a sole candidate's yes and no rows stay in that order
        if (round.candidates.length > 1) expect(rows.map((r) => r.votes)).toEqual(sorted.map((r) => r.votes));
        expect(new Set(rows.map((r) => r.expressed))).toEqual(new Set([String(round.announcement.expressed)]));
        for (const id of round.elected) expect(rows.find((r) => r.candidate === id)?.candidate_outcome).toBe('elected');
        expect(rows.every((r) => r.member_name !== '' && r.candidate_name !== r.candidate)).toBe(true);
      }
    }
  });

  it('lists recorded votes per member, and none for a secret ballot (R3.3)', () => {
    const votes = table(out, 'votes.csv').rows;
    const recorded = json.decisions.filter((d: { recorded?: object }) => d.recorded !== undefined);
    expect(votes).toHaveLength(recorded.reduce((n: number, d: { recorded: object }) => n + Object.keys(d.recorded).length, 0));
    expect(votes.some((v) => v.method === 'secret' || v.subject === 'election')).toBe(false);
    const secret = new Set([...json.decisions.filter((d: { method: string }) => d.method === 'secret').map((d: { ballot: string }) => d.ballot), ...json.elections.flatMap((e: { rounds: { key: string }[] }) => e.rounds.map((r) => r.key))]);
    expect(votes.filter((v) => secret.has(v.ballot))).toEqual([]);
  });
});

describe('gasim run --csv refusals', () => {
  it('refuses a non-empty directory before running (exit 4) and replaces its tables with --force', async () => {
    const occupied = join(dir, 'occupied');
    mkdirSync(occupied);
    writeFileSync(join(occupied, 'items.csv'), 'keep me\n');
    const refused = await gasimChild(['run', 'scenarios/marrakech-2025.yaml', '--csv', occupied]);
    expect(refused.code).toBe(4);
    expect(refused.err).toContain('is not empty');
    expect(refused.err).toContain('fix: ');
    expect(refused.out).toBe('');
    expect(readFileSync(join(occupied, 'items.csv'), 'utf8')).toBe('keep me\n');
    const forced = await gasimChild(['run', 'scenarios/marrakech-2025.yaml', '--csv', occupied, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(occupied, 'items.csv'), 'utf8')).toMatch(/^number,item,day,kind,title,status\n1,opening,/);
  });

  it('refuses a file given as the directory (exit 2)', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const refused = await gasimChild(['run', 'scenarios/marrakech-2025.yaml', '--csv', file]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('is a file, not a directory');
  });
});

describe('gasim resume JOURNAL --csv DIR', () => {
  it('writes the same tables as the uninterrupted run, and refuses an occupied directory before touching the journal', async () => {
    const whole = join(dir, 'resume-whole');
    const journal = join(dir, 'resume.jsonl');
    const run = await gasimChild(['run', 'scenarios/contested-presidency.yaml', '--journal', journal, '--csv', whole]);
    expect({ code: run.code, err: run.err }).toEqual({ code: 0, err: '' });
    // keep the header and the first 40 events, as a run killed there leaves its journal
    const lines = readFileSync(journal, 'utf8').split('\n');
    writeFileSync(journal, lines.slice(0, 41).join('\n') + '\n');
    const cut = readFileSync(journal, 'utf8');

    const occupied = join(dir, 'resume-occupied');
    mkdirSync(occupied);
    writeFileSync(join(occupied, 'items.csv'), 'keep me\n');
    const refused = await gasimChild(['resume', journal, '--csv', occupied]);
    expect(refused.code).toBe(4);
    expect(refused.err).toContain('is not empty');
    expect(readFileSync(journal, 'utf8')).toBe(cut);

    const resumed = join(dir, 'resume-tables');
    const done = await gasimChild(['resume', journal, '--csv', resumed]);
    expect({ code: done.code, err: done.err }).toEqual({ code: 0, err: '' });
    expect(readdirSync(resumed).sort()).toEqual(['ballots.csv', 'items.csv', 'votes.csv']);
    for (const name of readdirSync(whole)) expect(readFileSync(join(resumed, name), 'utf8')).toBe(readFileSync(join(whole, name), 'utf8'));
  });
});
