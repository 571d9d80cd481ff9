import type { SweepCatalogue } from '../../sim/sweep/catalogue.js';
import type { Parameter, SettingValue } from '../../sim/sweep/grid/values.js';
import { runLayout, type RunCell, type RunColumn } from '../../sim/sweep/runs-table/columns.js';
import { csvRunTable, parquetRunTable, type RunTableWriter } from '../../sim/sweep/runs-table/writers.js';
import type { CommandIo } from '../command.js';
import { UserError } from '../errors.js';
import { createOutputFile } from './output-file.js';

/** A run table being written: rows of a grid point in order; `abandon` closes it after a failure. */
export interface RunTableFile {
  readonly append: (point: number, rows: readonly (readonly RunCell[])[]) => Promise<void>;
  readonly close: () => Promise<void>;
  readonly abandon: () => Promise<void>;
}

/** The grid's columns in front of a run table: the point and each setting (numbers as doubles unless all whole). */
function gridColumns(parameters: readonly Parameter[]): (RunColumn & { double?: boolean })[] {
  if (parameters.length === 0) return [];
  return [
    { name: 'point', type: 'int', about: 'grid point (0-based)' },
    ...parameters.map((p) => {
      const numbers = p.values.every((v) => typeof v === 'number');
      const whole = numbers && p.values.every((v) => Number.isInteger(v));
      return { name: p.path, type: numbers ? ('int' as const) : p.values.every((v) => typeof v === 'boolean') ? ('bool' as const) : ('string' as const), about: `the grid's value of ${p.path}`, ...(numbers && !whole ? { double: true } : {}) };
    }),
  ];
}

/**
 * Opens `--runs-out FILE` (`.csv` or `.parquet`) for a sweep's rows: one row per run, in run order,
 * point by point; never overwrites a file without `--force` (exit 4).
 */
export async function openRunTable(io: CommandIo, file: string, options: { catalogues: readonly SweepCatalogue[]; parameters: readonly Parameter[]; points: readonly Readonly<Record<string, SettingValue>>[]; force: boolean }): Promise<RunTableFile> {
  const format = /\.parquet$/i.test(file) ? 'parquet' : /\.csv$/i.test(file) ? 'csv' : null;
  if (format === null) throw new UserError(`--runs-out ${file}: the name must end in .csv or .parquet`, { hint: 'for example --runs-out runs.parquet' });
  const layouts = options.catalogues.map(runLayout);
  const names = layouts.map((l) => l.columns.map((c) => c.name).join(','));
  if (names.some((n) => n !== names[0])) throw new UserError('--runs-out needs the same seats and questions at every grid point', { hint: 'vary settings that keep the agenda, or write one table per point' });
  const lead = gridColumns(options.parameters);
  const columns = [...lead, ...layouts[0]!.columns];
  const handle = await createOutputFile(io, file, options.force, 'a run table');
  let writer: RunTableWriter;
  try {
    writer = format === 'csv' ? await csvRunTable(handle, columns) : parquetRunTable(handle, columns);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return {
    append: (point, rows) => {
      if (lead.length === 0) return writer.append(rows);
      const values = options.points[point]!;
      const prefix: RunCell[] = [point, ...options.parameters.map((p) => values[p.path] ?? null)];
      return writer.append(rows.map((row) => [...prefix, ...row]));
    },
    close: () => writer.close(),
    abandon: () => handle.close().catch(() => undefined),
  };
}
