import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../test-utils/io.js';

const dir = mkdtempSync(join(tmpdir(), 'gasim-cx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function gasim(...args: string[]) {
  const io = captureIo({ cwd: dir });
  return { code: await main(args, io), out: io.out(), err: io.err() };
}

/** Ballot rows of the minutes' election tables: `| n | entitled | abst | invalid | expressed | required | … |`. */
const ballotRows = (minutes: string) => minutes.split('\n').filter((l) => /^\| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \(/.test(l));

describe('counterexamples of gasim check replay with gasim run (issue 8)', () => {
  it('plurality: the replayed election seats a candidate without a majority of the votes expressed', async () => {
    expect((await gasim('check', resolve('scenarios/variant-plurality.yaml'), '--out', 'cx')).code).toBe(1);
    const run = await gasim('run', 'cx/variant-plurality-majority-criterion.yaml');
    expect(run.code).toBe(0);
    const decisive = ballotRows(run.out).find((row) => row.includes('elected'))!;
    const cells = decisive.split('|').map((c) => c.trim());
    const expressed = Number(cells[5]);
    const winnerVotes = Math.max(...cells.slice(7, -2).map(Number).filter(Number.isFinite));
    expect(2 * winnerVotes).toBeLessThanOrEqual(expressed);
  });

  it('two-thirds on every ballot: the replayed presidency runs past 100 ballots', async () => {
    expect((await gasim('check', resolve('scenarios/variant-two-thirds-every-ballot.yaml'), '--axiom', 'termination', '--out', 'cx2')).code).toBe(1);
    const run = await gasim('run', 'cx2/variant-two-thirds-every-ballot-termination.yaml');
    expect(run.code).toBe(0);
    expect(ballotRows(run.out).length).toBeGreaterThan(100);
  });
});
