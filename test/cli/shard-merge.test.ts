import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gasimChild, ROOT } from '../test-utils/gasim-child.js';

// Issue 16 item 5: shard-and-merge equals one machine's sweep, byte for byte, through the real commands.
const dir = mkdtempSync(join(tmpdir(), 'gasim-shards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = `${ROOT}test/fixtures/scenarios/sweep-contingent.yaml`;
const base = ['sweep', fixture, '--runs', '12', '--seed', '9', '--workers', '1'];

async function shards(n: number, extra: string[] = []): Promise<string[]> {
  const files: string[] = [];
  for (let i = 1; i <= n; i++) {
    const { code, out, err } = await gasimChild([...base, ...extra, '--shard', `${i}/${n}`]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const file = join(dir, `${extra.length ? 'grid' : 'sweep'}-${n}-${i}.json`);
    writeFileSync(file, out);
    files.push(file);
  }
  return files;
}

describe('gasim sweep --shard i/n and gasim merge', () => {
  // more shard counts and every format in test/sim/sweep/shard.test.ts (in-process, same functions)
  it('merges 3 shards into the single sweep, byte for byte, in text and JSON', async () => {
    const files = await shards(3);
    for (const format of [[], ['--json']]) {
      const single = await gasimChild([...base, ...format]);
      const merged = await gasimChild(['merge', ...[...files].reverse(), ...format]);
      expect(merged.code).toBe(0);
      expect(merged.out).toBe(single.out);
    }
  });

  it('merges the shards of a grid into the grid', async () => {
    const grid = ['--vary', 'voting.model.turnout=0.8,0.95'];
    const files = await shards(2, grid);
    const single = await gasimChild([...base, ...grid, '--csv']);
    const merged = await gasimChild(['merge', ...files, '--csv']);
    expect(merged.out).toBe(single.out);
    expect(merged.out.split('\n')[0]).toBe('point,voting.model.turnout,section,item,seat,label,key,name,value,count,n,ci_low,ci_high');
  });

  it('refuses partials of another seed, scenario or gasim version, and a missing or repeated shard (exit 2)', async () => {
    const [one, two] = [join(dir, 'sweep-3-1.json'), join(dir, 'sweep-3-2.json')];
    const otherSeed = join(dir, 'seed.json');
    writeFileSync(otherSeed, (await gasimChild([...base.slice(0, -4), '--seed', '10', '--workers', '1', '--shard', '2/3'])).out);
    const otherScenario = join(dir, 'scenario.json');
    writeFileSync(otherScenario, (await gasimChild(['sweep', `${ROOT}scenarios/contested-presidency.yaml`, '--runs', '12', '--seed', '9', '--workers', '1', '--shard', '2/3'])).out);
    const otherVersion = join(dir, 'version.json');
    writeFileSync(otherVersion, readFileSync(two!, 'utf8').replace(/"gasim":"[^"]*"/, '"gasim":"0.0.1"'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, readFileSync(two!, 'utf8').slice(0, 100));
    const cases: [string[], RegExp][] = [
      [[one!, otherSeed], /different seed/],
      [[one!, otherScenario], /different scenario/],
      [[one!, otherVersion], /different gasim version/],
      [[one!, two!], /shard 3 of 3 missing/],
      [[one!, one!, two!], /both shard 1\/3/],
      [[one!, broken], /not JSON/],
    ];
    for (const [files, message] of cases) {
      const { code, err } = await gasimChild(['merge', ...files]);
      expect(code).toBe(2);
      expect(err).toMatch(message);
      expect(err).toMatch(/\n {2}fix: /);
    }
  });

  it('refuses a bad --shard', async () => {
    const { code, err } = await gasimChild([...base, '--shard', '3/2']);
    expect(code).toBe(2);
    expect(err).toContain('--shard must be i/n with 1 ≤ i ≤ n');
  });
});
