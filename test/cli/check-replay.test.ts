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

describe('counterexamples of gasim check replay with gasim run (issue 8)', () => {
  it('plurality: the replayed election seats a candidate without a majority of the votes expressed', async () => {
    expect((await gasim('check', resolve('scenarios/variant-plurality.yaml'), '--out', 'cx')).code).toBe(1);
    const run = await gasim('run', 'cx/variant-plurality-majority-criterion.yaml', '--json');
    expect(run.code).toBe(0);
    type Round = { elected: string[]; announcement: { expressed: number; counts: { label: string; votes: number }[] } };
    const rounds: Round[] = JSON.parse(run.out).elections.flatMap((e: { rounds: Round[] }) => e.rounds);
    const decisive = rounds.find((r) => r.elected.length > 0)!;
    const winnerVotes = decisive.announcement.counts.find((c) => c.label === decisive.elected[0])!.votes;
    expect(2 * winnerVotes).toBeLessThanOrEqual(decisive.announcement.expressed);
  });

  // two-thirds on every ballot (a replayed presidency of 1,000 ballots): test/long/check-replay-termination.test.ts
});
