import { open, type FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CommandIo } from '../command.js';
import { ExitCode, UserError } from '../errors.js';

/** Creates an output file the user asked for; an existing one is kept unless `force` (exit 4), even one created meanwhile. */
export async function createOutputFile(io: CommandIo, file: string, force: boolean, what: string): Promise<FileHandle> {
  try {
    return await open(resolve(io.cwd, file), force ? 'w' : 'wx');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UserError(`${file} already exists; ${what} is never overwritten`, { exitCode: ExitCode.refusedOverwrite, hint: 'choose another file, or add --force to replace it' });
    throw new UserError(`cannot create ${file} (${code ?? 'error'})`, { hint: 'check that the directory exists and is writable' });
  }
}
