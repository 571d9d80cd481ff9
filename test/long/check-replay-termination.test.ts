import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../test-utils/io.js';

// Moved from test/cli/check-replay.test.ts: the replayed presidency runs 1,000 ballots, about 20 s of
// CPU (a minute on the shared 2-core machine), so it is a long run.
const dir = mkdtempSync(join(tmpdir(), 'gasim-cx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function gasim(...args: string[]) {
  const io = captureIo({ cwd: dir });
  return { code: await main(args, io), out: io.out(), err: io.err() };
}

/** The election ballots of the minutes: one `*Ballot n.*` paragraph each. */
const ballotRows = (minutes: string) => minutes.split('\n').filter((l) => /^\*Ballot \d+\.\*/.test(l));

describe('counterexamples of gasim check replay with gasim run (issue 8)', () => {
  it('two-thirds on every ballot: the replayed presidency runs past 100 ballots', async () => {
    expect((await gasim('check', resolve('scenarios/variant-two-thirds-every-ballot.yaml'), '--axiom', 'termination', '--out', 'cx2')).code).toBe(1);
    const run = await gasim('run', 'cx2/variant-two-thirds-every-ballot-termination.yaml');
    expect(run.code).toBe(0);
    expect(ballotRows(run.out).length).toBeGreaterThan(100);
  });
});
