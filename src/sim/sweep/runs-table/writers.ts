import type { FileHandle } from 'node:fs/promises';
import { ByteWriter, ParquetWriter, type SchemaElement } from 'hyparquet-writer';
import type { ColumnType, RunCell, RunColumn } from './columns.js';
import { csvCell } from '../../csv.js';

/** Where run rows go, in order; `append` resolves once the rows are handed to the file (back-pressure). */
export interface RunTableWriter {
  append(rows: readonly (readonly RunCell[])[]): Promise<void>;
  close(): Promise<void>;
}

const csvField = (value: RunCell): string => csvCell(value);

/** A run table as CSV with a header row, written to `file` as rows come. */
export async function csvRunTable(file: FileHandle, columns: readonly RunColumn[]): Promise<RunTableWriter> {
  await file.write(`${columns.map((c) => csvField(c.name)).join(',')}\n`);
  return {
    async append(rows) {
      if (rows.length > 0) await file.write(rows.map((row) => `${row.map(csvField).join(',')}\n`).join(''));
    },
    close: () => file.close(),
  };
}

const PARQUET: Record<ColumnType, Omit<SchemaElement, 'name'>> = {
  int: { type: 'INT64', repetition_type: 'OPTIONAL' },
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
  bool: { type: 'BOOLEAN', repetition_type: 'OPTIONAL' },
};
const DOUBLE: Omit<SchemaElement, 'name'> = { type: 'DOUBLE', repetition_type: 'OPTIONAL' };

/** A `ByteWriter` that hands its bytes to a file after each row group, so that memory holds one group at most. */
class FileByteWriter extends ByteWriter {
  constructor(private readonly file: FileHandle) {
    super(1 << 20);
  }

  async flush(): Promise<void> {
    if (this.index === 0) return;
    await this.file.write(this.getBytes().slice());
    this.index = 0;
  }

  override async finish(): Promise<void> {
    await this.flush();
  }
}

/**
 * One column's cells of the row group being filled, in memory allocated once per table: numbers in
 * a `Float64Array`, any other cell as a code into the column's small table of distinct values
 * (statuses, ids, names, decisions, grid settings), so that a row group costs a few bytes a cell
 * and filling it leaves no garbage behind, whatever the number of runs.
 */
class ColumnBuffer {
  private readonly numbers: Float64Array | null;
  private readonly codes: Int32Array;
  private readonly distinct: RunCell[] = [];
  private readonly codeOf = new Map<RunCell, number>();

  constructor(
    private readonly kind: 'bigint' | 'number' | 'value',
    size: number,
  ) {
    this.numbers = kind === 'value' ? null : new Float64Array(size);
    this.codes = new Int32Array(size);
  }

  set(index: number, value: RunCell): void {
    if (value === null) {
      this.codes[index] = -1;
    } else if (this.numbers !== null && typeof value === 'number') {
      this.numbers[index] = value;
      this.codes[index] = 0;
    } else {
      let code = this.codeOf.get(value);
      if (code === undefined) {
        code = this.distinct.push(value);
        this.codeOf.set(value, code);
      }
      this.codes[index] = code;
    }
  }

  /** The first `count` cells as the writer wants them: integers as `bigint` (INT64), nulls as `null`. */
  values(count: number): (RunCell | bigint)[] {
    const out = new Array<RunCell | bigint>(count);
    for (let i = 0; i < count; i++) {
      const code = this.codes[i]!;
      out[i] = code < 0 ? null : code > 0 ? this.distinct[code - 1]! : this.kind === 'bigint' ? BigInt(this.numbers![i]!) : this.numbers![i]!;
    }
    return out;
  }
}

/**
 * Rows per Parquet row group. Encoding a group allocates several times its size in short-lived
 * arrays (hyparquet-writer's column copies, levels, dictionaries, `bigint`s), and what is still
 * alive at a young-generation collection moves to the old generation, which only a full collection
 * empties: with 10,000-row groups a 100,000-run table peaked 1.13–1.16× a 10,000-run one, with
 * 2,500 1.06–1.17× (pairs of bench/runs-table-memory-child.ts at load 7–17), for a file 6% larger.
 */
export const PARQUET_GROUP_ROWS = 2_500;

/**
 * A run table as Parquet (one row group per `groupRows` rows, nullable typed columns; `double`
 * marks number columns that are not whole, such as grid settings), written to `file` as rows come:
 * memory holds one row group, column by column in buffers allocated once (see `ColumnBuffer`).
 */
export function parquetRunTable(file: FileHandle, columns: readonly (RunColumn & { double?: boolean })[], groupRows = PARQUET_GROUP_ROWS): RunTableWriter {
  const writer = new FileByteWriter(file);
  const schema: SchemaElement[] = [{ name: 'root', num_children: columns.length }, ...columns.map((c) => ({ name: c.name, ...(c.double ? DOUBLE : PARQUET[c.type]) }))];
  const parquet = new ParquetWriter({ writer, schema, createdBy: 'gasim' });
  const buffers = columns.map((c) => new ColumnBuffer(c.type !== 'int' ? 'value' : c.double ? 'number' : 'bigint', groupRows));
  let filled = 0;
  const writeGroup = async () => {
    if (filled === 0) return;
    const columnData = columns.map((column, j) => ({ name: column.name, data: buffers[j]!.values(filled) }));
    filled = 0;
    await parquet.write({ columnData, rowGroupSize: groupRows });
  };
  return {
    async append(rows) {
      for (const row of rows) {
        for (let j = 0; j < buffers.length; j++) buffers[j]!.set(filled, row[j] ?? null);
        if (++filled >= groupRows) await writeGroup();
      }
    },
    async close() {
      await writeGroup();
      await parquet.finish();
      await file.close();
    },
  };
}
