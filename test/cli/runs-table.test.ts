import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvRows } from '../test-utils/csv.js';
import { gasimChild, ROOT } from '../test-utils/gasim-child.js';

// Issue 16 item 4: one row per run as CSV and Parquet; the Parquet file read back with DuckDB's Node API.
const dir = mkdtempSync(join(tmpdir(), 'gasim-runs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = `${ROOT}test/fixtures/scenarios/sweep-contingent.yaml`;
const RUNS = 40;
const sweep = (...extra: string[]) => gasimChild(['sweep', fixture, '--runs', String(RUNS), '--seed', '3', '--workers', '2', ...extra], dir);

describe('gasim sweep --runs-out', () => {
  let summary: { seats: { item: string; seat: number; candidates: { id: string; wins: { count: number } }[]; vacant: { count: number }; notHeld: { count: number } }[]; questions: { key: string; adopted: { count: number } }[] };
  beforeAll(async () => {
    const [json] = await Promise.all([sweep('--json', '--runs-out', 'runs.parquet'), sweep('--runs-out', 'runs.csv')]);
    expect(json.code).toBe(0);
    summary = JSON.parse(json.out);
  });

  it('writes Parquet that DuckDB reads back, agreeing with the summary run by run', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    const table = `read_parquet('${join(dir, 'runs.parquet')}')`;
    const rows = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS();
    expect(await rows(`select count(*) as n, min(run) as first, max(run) as last, count(distinct seed) as seeds from ${table}`)).toEqual([{ n: BigInt(RUNS), first: 0n, last: BigInt(RUNS - 1), seeds: BigInt(RUNS) }]);
    const president = summary.seats.find((s) => s.item === 'president')!;
    for (const c of president.candidates) {
      expect(await rows(`select count(*) as n from ${table} where president_s1_winner = '${c.id}'`)).toEqual([{ n: BigInt(c.wins.count) }]);
    }
    const europe = summary.seats.find((s) => s.item === 'delegate-europe')!;
    expect(await rows(`select count(*) as n from ${table} where delegate_europe_s1_status = 'not-held'`)).toEqual([{ n: BigInt(europe.notHeld.count) }]);
    const asia = summary.seats.find((s) => s.item === 'delegates-asia' && s.seat === 2)!;
    expect(await rows(`select count(*) as n from ${table} where delegates_asia_s2_status = 'vacant'`)).toEqual([{ n: BigInt(asia.vacant.count) }]);
    const res = summary.questions.find((q) => q.key === 'res')!;
    expect(await rows(`select count(*) as n from ${table} where res_decision = 'adopted' and res_yes > res_no`)).toEqual([{ n: BigInt(res.adopted.count) }]);
    const types = await rows(`select column_name, column_type from (describe select * from ${table}) where column_name in ('seed', 'president_s1_winner_name', 'president_s1_lots')`);
    expect(types).toEqual([
      { column_name: 'seed', column_type: 'BIGINT' },
      { column_name: 'president_s1_winner_name', column_type: 'VARCHAR' },
      { column_name: 'president_s1_lots', column_type: 'BOOLEAN' },
    ]);
    connection.closeSync();
  });

  it('writes the same rows as CSV with a header', () => {
    const rows = parseCsvRows(readFileSync(join(dir, 'runs.csv'), 'utf8'));
    expect(rows[0]!.slice(0, 4)).toEqual(['run', 'seed', 'president_s1_status', 'president_s1_winner']);
    expect(rows.length).toBe(RUNS + 1);
    expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(Array.from({ length: RUNS }, (_, i) => i));
  });

  it('never overwrites a file without --force (exit 4), and wants .csv or .parquet (exit 2)', async () => {
    writeFileSync(join(dir, 'kept.csv'), 'mine\n');
    const refused = await sweep('--runs-out', 'kept.csv');
    expect(refused.code).toBe(4);
    expect(readFileSync(join(dir, 'kept.csv'), 'utf8')).toBe('mine\n');
    expect((await sweep('--runs-out', 'kept.csv', '--force')).code).toBe(0);
    const bad = await sweep('--runs-out', 'runs.txt');
    expect(bad.code).toBe(2);
    expect(existsSync(join(dir, 'runs.txt'))).toBe(false);
  });
});
