import { execFileSync } from 'node:child_process';
import { lstatSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/cli/errors.js';
import { writeOutputFile } from '../../src/cli/write-output.js';

// Found by the fuzzer (issue 18): `gasim drill --report /dev/full --force`, run as root, renamed its
// temporary file over the device node, leaving a regular file at /dev/full (and would have done the
// same to /dev/null). --force replaces a file or a link; a device, a FIFO or a socket is refused.
const dir = mkdtempSync(join(tmpdir(), 'gasim-force-special-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--force never replaces what is not a file', () => {
  it('refuses a FIFO with exit 2 and a fix, and leaves it a FIFO', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const error = await writeOutputFile(fifo, 'pipe', 'text\n', { force: true, what: 'the report' }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    expect((error as UserError).message).toBe('pipe is not a regular file (a device, a pipe or a socket); the report replaces only a file');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('still replaces a file', async () => {
    const file = join(dir, 'report.txt');
    await writeOutputFile(file, 'report.txt', 'one\n', { force: false, what: 'the report' });
    await writeOutputFile(file, 'report.txt', 'two\n', { force: true, what: 'the report' });
    expect(lstatSync(file).isFile()).toBe(true);
  });
});
