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
 * A run table as Parquet (one row group per `groupRows` rows, nullable typed columns; `double`
 * marks number columns that are not whole, such as grid settings), written to `file` as rows come:
 * memory holds at most one row group.
 */
export function parquetRunTable(file: FileHandle, columns: readonly (RunColumn & { double?: boolean })[], groupRows = 10_000): RunTableWriter {
  const writer = new FileByteWriter(file);
  const schema: SchemaElement[] = [{ name: 'root', num_children: columns.length }, ...columns.map((c) => ({ name: c.name, ...(c.double ? DOUBLE : PARQUET[c.type]) }))];
  const parquet = new ParquetWriter({ writer, schema, createdBy: 'gasim' });
  let buffered: (readonly RunCell[])[] = [];
  const writeGroup = async () => {
    if (buffered.length === 0) return;
    const columnData = columns.map((column, j) => ({
      name: column.name,
      data: buffered.map((row) => {
        const value = row[j] ?? null;
        return value !== null && column.type === 'int' && !column.double ? BigInt(value as number) : value;
      }),
    }));
    buffered = [];
    await parquet.write({ columnData, rowGroupSize: groupRows });
  };
  return {
    async append(rows) {
      for (const row of rows) {
        buffered.push(row);
        if (buffered.length >= groupRows) await writeGroup();
      }
    },
    async close() {
      await writeGroup();
      await parquet.finish();
      await file.close();
    },
  };
}
