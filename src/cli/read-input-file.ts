import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CommandIo } from './command.js';
import { UserError } from './errors.js';

/** An answers file (drill, train): one answer per line, at most 1 MiB. */
export function readAnswersFile(io: CommandIo, file: string): string[] {
  const bytes = readInputFile(resolve(io.cwd, file), file, { maxBytes: 1024 * 1024, what: 'the answers file' });
  return bytes.toString('utf8').split(/\r?\n/);
}

/**
 * Reads an input file the user named (a journal, an answers file) as UTF-8 text, within a byte
 * cap, refusing what is not a regular file (a directory, /dev/zero, a FIFO) before reading, so that
 * nothing blocks or grows without bound (issue 18). Errors are exit 2 with a fix.
 */
export function readInputFile(path: string, shown: string, options: { readonly maxBytes: number; readonly what: string }): Buffer {
  const refuse = (message: string, hint: string) => new UserError(`${options.what} ${shown} ${message}`, { hint });
  let fd: number;
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw refuse('is a directory', `give the path of a file, e.g. ${shown.replace(/\/$/, '')}/<name>`);
    if (!info.isFile()) throw refuse('is not a regular file (a device, a pipe or a socket)', 'give the path of a file saved on disk');
    // O_NONBLOCK: a FIFO swapped in after the check must not block the open
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ENOENT') throw refuse('does not exist', 'check the path');
    if (code === 'EACCES' || code === 'EPERM') throw refuse('cannot be read (permission denied)', 'check the file permissions');
    throw refuse(`cannot be read (${code})`, 'check the path and permissions');
  }
  try {
    if (!fstatSync(fd).isFile()) throw refuse('is not a regular file', 'give the path of a file saved on disk');
    // at most one byte past the cap is ever read; the buffer starts at the size `stat` gives and grows
    const cap = options.maxBytes + 1;
    let buffer = Buffer.alloc(Math.min(cap, Math.max(fstatSync(fd).size + 1, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (buffer.length >= cap) break;
        buffer = Buffer.concat([buffer, Buffer.alloc(Math.min(cap, buffer.length * 2) - buffer.length)]);
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > options.maxBytes) throw refuse(`is larger than ${options.maxBytes} bytes`, `check that this is the right file`);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
