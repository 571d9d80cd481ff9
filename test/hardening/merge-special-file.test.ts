import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gasim } from '../fuzz/hostile-files.js';

// Found by the fuzzer's special-file class (issue 18): `gasim merge FIFO` opened the FIFO and
// blocked forever; merge now reads partials as every other reader does (regular files only, capped).
const dir = mkdtempSync(join(tmpdir(), 'gasim-merge-special-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gasim merge on what is not a partial file', () => {
  it.each([
    ['a FIFO', () => (execFileSync('mkfifo', [join(dir, 'fifo')]), 'fifo'), /the partial fifo is not a regular file/],
    ['/dev/zero', () => '/dev/zero', /the partial \/dev\/zero is not a regular file/],
    ['a directory', () => '.', /the partial \. is a directory/],
  ])('%s: exit 2 at once with a fix, never a hang', async (_name, make, message) => {
    const run = await gasim(['merge', make()], dir);
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/\n {2}fix: .*gasim sweep … --shard i\/n/);
  });
});
