import { closeSync, existsSync, fsyncSync, openSync, truncateSync, writeSync } from 'node:fs';
import { ExitCode, UserError } from './errors.js';
import { osError } from './write-output.js';

/** A journal open for appending: each line is written and flushed to disk before `append` returns. */
export interface JournalWriter {
  append(line: string): void;
  close(): void;
}

function writer(fd: number, path: string): JournalWriter {
  return {
    // one write and one fsync per line: a SIGKILL loses at most the line in flight (issue 9)
    append(line) {
      try {
        writeSync(fd, line);
        fsyncSync(fd);
      } catch (error) {
        // ENOSPC, EINVAL (fsync on /dev/null), EIO…: exit 2 with a fix; the lines written so far stay
        throw osError(error, path, 'write the journal');
      }
    },
    close() {
      closeSync(fd);
    },
  };
}

/** Creates a new journal with its header line; an existing file is kept unless `force` (exit 4). */
export function createJournalFile(path: string, header: string, options: { force: boolean }): JournalWriter {
  const refused = () =>
    new UserError(`${path} already exists; a journal is never overwritten`, {
      exitCode: ExitCode.refusedOverwrite,
      hint: 'choose another file, or add --force to replace it',
    });
  if (existsSync(path) && !options.force) throw refused();
  let fd: number;
  try {
    // 'wx' also refuses a file created since the check above
    fd = openSync(path, options.force ? 'w' : 'wx');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw refused();
    throw osError(error, path, 'create the journal');
  }
  const journal = writer(fd, path);
  journal.append(header);
  return journal;
}

/**
 * Opens an existing journal to continue it. `keepBytes` cuts off a torn last line first, so that
 * the next line does not run on from the fragment.
 */
export function appendToJournalFile(path: string, keepBytes?: number): JournalWriter {
  if (keepBytes !== undefined) truncateSync(path, keepBytes);
  try {
    return writer(openSync(path, 'a'), path);
  } catch (error) {
    throw osError(error, path, 'append to the journal');
  }
}
