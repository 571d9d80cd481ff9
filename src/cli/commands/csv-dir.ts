import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CommandIo } from '../command.js';
import { ExitCode, UserError } from '../errors.js';
import { createOutputFile } from './output-file.js';

/**
 * Checks, before any work is done, that `dir` may receive the CSV tables: it does not exist, or is
 * an empty directory, or `force` is given (exit 4 otherwise, never an overwrite).
 */
export function checkCsvDir(io: CommandIo, dir: string, force: boolean): void {
  const path = resolve(io.cwd, dir);
  let entries: string[];
  try {
    if (!statSync(path).isDirectory()) throw new UserError(`--csv ${dir} is a file, not a directory`, { hint: 'give a directory for the CSV tables, e.g. --csv out/' });
    entries = readdirSync(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new UserError(`cannot read the directory ${dir} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { hint: 'check that it is readable, or choose another directory' });
  }
  if (entries.length > 0 && !force) {
    throw new UserError(`${dir} is not empty; the CSV tables are never written over other files`, { exitCode: ExitCode.refusedOverwrite, hint: 'choose a new or empty directory, or add --force to replace its tables' });
  }
}

/** Writes each table to `dir` (created if needed), each file created exclusively unless `force`. */
export async function writeCsvDir(io: CommandIo, dir: string, force: boolean, files: readonly { name: string; text: string }[]): Promise<void> {
  try {
    mkdirSync(resolve(io.cwd, dir), { recursive: true });
  } catch (error) {
    throw new UserError(`cannot create the directory ${dir} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { hint: 'check that its parent exists and is writable' });
  }
  for (const file of files) {
    const handle = await createOutputFile(io, join(dir, file.name), force, 'a CSV table');
    try {
      await handle.writeFile(file.text);
    } finally {
      await handle.close();
    }
  }
}
