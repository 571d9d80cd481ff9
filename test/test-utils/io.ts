import { PassThrough, Writable } from 'node:stream';
import type { CommandIo } from '../../src/cli/command.js';

/** A CommandIo that records what a command writes, for CLI tests without a terminal. */
export function captureIo(options: { cwd?: string; env?: Record<string, string> } = {}): CommandIo & {
  out: () => string;
  err: () => string;
} {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, done) {
        append(String(chunk));
        done();
      },
    });
  return {
    stdout: sink((s) => (out += s)),
    stderr: sink((s) => (err += s)),
    stdin: new PassThrough(),
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    out: () => out,
    err: () => err,
  };
}
