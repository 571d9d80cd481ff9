import { randomBytes } from 'node:crypto';
import { lstat, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ExitCode, UserError } from './errors.js';

/** What an OS error on `file` means for the user, and how to fix it: exit 2, never "a bug" (issue 18). */
export function osError(error: unknown, file: string, doing: string): Error {
  if (error instanceof UserError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code ?? 'error';
  const fixes: Record<string, string> = {
    ENOSPC: 'the disk is full: free some space or write elsewhere',
    EDQUOT: 'the disk quota is used up: free some space or write elsewhere',
    EACCES: 'permission denied: choose a directory you can write to',
    EPERM: 'the operation is not permitted there: choose another file or directory',
    EROFS: 'the file system is read-only: write elsewhere',
    EISDIR: 'that is a directory: give a file name inside it',
    ENOENT: 'the directory does not exist: create it first, or choose another path',
    ENOTDIR: 'a part of the path is not a directory: check the path',
    EINVAL: 'that file cannot hold gasim output (e.g. /dev/null cannot be flushed): give a regular file',
    ELOOP: 'the path is a symbolic link: give the real file',
    EEXIST: 'choose another file, or add --force to replace it',
  };
  if (!Object.hasOwn(fixes, code)) return Object.assign(new Error(`cannot ${doing} ${file} (${code})`), { cause: error });
  return new UserError(`cannot ${doing} ${file} (${code})`, { hint: fixes[code]!, exitCode: code === 'EEXIST' ? ExitCode.refusedOverwrite : ExitCode.badInput });
}

/** Refuses an empty output path given to a flag (`--journal ""` used to write nothing silently). */
export function outputPath(flag: string, value: string | undefined): string | undefined {
  if (value === '') throw new UserError(`${flag} needs a file name, got an empty one`, { hint: `for example ${flag} out.txt` });
  return value;
}

/**
 * Writes an output file the user asked for (reports, debriefs, counterexamples): created
 * exclusively (an existing file or link, even one planted meanwhile, is refused with exit 4), or
 * with `force` written to a new temporary file beside it and renamed over it, so that a link is
 * replaced, never followed (issue 18); what is not a file (a device such as /dev/full, a FIFO) is
 * never replaced (exit 2). OS errors are exit 2 with a fix.
 */
export async function writeOutputFile(path: string, shown: string, text: string, options: { readonly force: boolean; readonly what: string }): Promise<void> {
  const target = options.force ? join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`) : path;
  try {
    const handle = await open(target, 'wx');
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.force) {
      // --force replaces a file or a link, never a device, a pipe or a socket (a directory fails with EISDIR): as root, renaming over
      // /dev/full or /dev/null would put a regular file in its place (found by the fuzzer, issue 18)
      const existing = await lstat(path).catch(() => undefined);
      if (existing !== undefined && !existing.isFile() && !existing.isSymbolicLink() && !existing.isDirectory()) {
        throw new UserError(`${shown} is not a regular file (a device, a pipe or a socket); ${options.what} replaces only a file`, { hint: 'give the path of a file, e.g. report.txt' });
      }
      await rename(target, path);
    }
  } catch (error) {
    if (options.force) await rm(target, { force: true }).catch(() => {});
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UserError(`${shown} already exists; ${options.what} is never overwritten`, { exitCode: ExitCode.refusedOverwrite, hint: 'choose another file, or add --force to replace it' });
    }
    throw osError(error, shown, `write ${options.what}`);
  }
}
