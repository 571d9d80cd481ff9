import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunCell, RunColumn } from '../../../src/sim/sweep/runs-table/columns.js';
import { csvRunTable, parquetRunTable } from '../../../src/sim/sweep/runs-table/writers.js';

// Issue 16 item 4: the run-table writers stream row groups through column buffers; what they write
// is what hyparquet-writer writes from whole columns at once (and the CSV is the rows as given).
const dir = mkdtempSync(join(tmpdir(), 'gasim-runs-writers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const columns: (RunColumn & { double?: boolean })[] = [
  { name: 'point', type: 'int', about: '' },
  { name: 'turnout', type: 'int', about: '', double: true },
  { name: 'rule', type: 'string', about: '' },
  { name: 'run', type: 'int', about: '' },
  { name: 'seed', type: 'int', about: '' },
  { name: 'status', type: 'string', about: '' },
  { name: 'winner_name', type: 'string', about: '' },
  { name: 'ballots', type: 'int', about: '' },
  { name: 'lots', type: 'bool', about: '' },
];
const statuses = ['elected', 'vacant', 'not-held'];
const names = ['Ana Lima', 'Kwame Mensah', 'Łucja Nowak, "Lu"'];
const rows: RunCell[][] = Array.from({ length: 23 }, (_, i) => [
  i % 2,
  i % 2 === 0 ? 0.7 : 0.85,
  i % 5 === 0 ? null : 'two-thirds',
  i,
  4_294_967_295 - i * 7_919,
  statuses[i % 3]!,
  i % 3 === 0 ? names[i % 2]! : i % 3 === 1 ? null : names[2]!,
  i % 4 === 3 ? null : i % 6,
  i % 7 === 0 ? null : i % 2 === 0,
]);

/** The same rows through one ParquetWriter given whole columns (hyparquet-writer's own grouping). */
function oneShot(groupRows: number): Uint8Array {
  const writer = new ByteWriter();
  const schema = [
    { name: 'root', num_children: columns.length },
    ...columns.map((c) => ({ name: c.name, repetition_type: 'OPTIONAL' as const, ...(c.double ? { type: 'DOUBLE' as const } : c.type === 'int' ? { type: 'INT64' as const } : c.type === 'bool' ? { type: 'BOOLEAN' as const } : { type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const }) })),
  ];
  const parquet = new ParquetWriter({ writer, schema, createdBy: 'gasim' });
  const columnData = columns.map((c, j) => ({ name: c.name, data: rows.map((row) => (row[j] !== null && c.type === 'int' && !c.double ? BigInt(row[j] as number) : row[j]!)) }));
  void parquet.write({ columnData, rowGroupSize: groupRows });
  void parquet.finish();
  return writer.getBytes();
}

async function streamed(name: string, make: typeof parquetRunTable | typeof csvRunTable, batches: number[], groupRows?: number): Promise<Buffer> {
  const path = join(dir, name);
  const table = await make(await open(path, 'w'), columns, groupRows);
  let at = 0;
  for (const size of batches) {
    await table.append(rows.slice(at, at + size));
    at += size;
  }
  await table.append(rows.slice(at));
  await table.close();
  return readFileSync(path);
}

describe('run-table writers', () => {
  it.each([
    [5, [1, 7, 0, 4, 3]],
    [3, [23]],
    [23, [11, 11]],
    [100, [2, 2, 2]],
  ])('Parquet in row groups of %i, rows appended in batches %j, is byte for byte the one-shot write', async (groupRows, batches) => {
    const file = await streamed(`g${groupRows}.parquet`, parquetRunTable, batches, groupRows);
    expect(Buffer.compare(file, Buffer.from(oneShot(groupRows)))).toBe(0);
  });

  it('writes CSV rows as given, under a header', async () => {
    const text = (await streamed('t.csv', csvRunTable, [4, 9])).toString('utf8');
    const lines = text.split('\n');
    expect(lines[0]).toBe('point,turnout,rule,run,seed,status,winner_name,ballots,lots');
    expect(lines[1]).toBe('0,0.7,,0,4294967295,elected,Ana Lima,0,');
    expect(lines[3]).toBe('0,0.7,two-thirds,2,4294951457,not-held,"Łucja Nowak, ""Lu""",2,true');
    expect(lines.length).toBe(rows.length + 2);
  });
});
