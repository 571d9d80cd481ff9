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

/** The election ballots of the minutes: one `*Ballot n.*` paragraph each. */
const ballotRows = (minutes: string) => minutes.split('\n').filter((l) => /^\*Ballot \d+\.\*/.test(l));

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

  it('two-thirds on every ballot: the replayed presidency runs past 100 ballots', async () => {
    expect((await gasim('check', resolve('scenarios/variant-two-thirds-every-ballot.yaml'), '--axiom', 'termination', '--out', 'cx2')).code).toBe(1);
    const run = await gasim('run', 'cx2/variant-two-thirds-every-ballot-termination.yaml');
    expect(run.code).toBe(0);
    expect(ballotRows(run.out).length).toBeGreaterThan(100);
  });
});
