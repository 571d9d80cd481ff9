import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { main } from '../../src/cli/main.js';
import { deriveSeed } from '../../src/random/derive-seed.js';
import type { RunFailure } from '../../src/sim/sweep/pool-protocol.js';
import { syntheticScenario } from '../fixtures/synthetic-scenario.js';
import { ROOT } from '../test-utils/gasim-child.js';
import { captureIo } from '../test-utils/io.js';

// issue 18: one run that does not end used to abort a whole sweep with no way to go on; now it
// stops cleanly with its seed and how to reproduce it, or with --keep-going is counted and listed
type RunSweepModule = typeof import('../../src/sim/sweep/run-sweep.js');
const failing = `${ROOT}test/fixtures/hostile/failing-run-module.mjs`;
const point = { text: stringify(syntheticScenario({ model: { turnout: 0.9 } })), file: 'synthetic.yaml' };
const dir = mkdtempSync(join(tmpdir(), 'gasim-keep-going-'));
writeFileSync(join(dir, 'synthetic.yaml'), point.text);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `gasim sweep synthetic.yaml …` from the build (its workers load dist/), with the failing stand-in for the sessions. */
function sweepChild(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, GASIM_SWEEP_RUN_MODULE: failing };
    execFile(process.execPath, [`${ROOT}dist/cli.js`, 'sweep', 'synthetic.yaml', ...args], { cwd: dir, env, encoding: 'utf8' }, (error, out, err) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, out, err });
    });
  });
}

describe('a failed run in a sweep', () => {
  let runSweepPoints: RunSweepModule['runSweepPoints'];
  beforeAll(async () => {
    ({ runSweepPoints } = (await import(pathToFileURL(`${ROOT}dist/sim/sweep/run-sweep.js`).href)) as RunSweepModule);
  });

  it('with keepGoing is left out of the counts and reported with its run and seed; the sweep goes on', async () => {
    const failures: RunFailure[] = [];
    const [aggregate] = await runSweepPoints({ points: [point], runs: 200, seed: 42, workers: 2, runModule: failing, keepGoing: true, onFailures: (_, f) => failures.push(...f) });
    const expected = Array.from({ length: 200 }, (_, i) => ({ run: i + 1, seed: deriveSeed(42, i) })).filter((r) => r.seed % 4 === 0);
    expect(expected.length).toBeGreaterThan(20);
    expect(failures.map(({ run, seed }) => ({ run, seed })).sort((a, b) => a.run - b.run)).toEqual(expected);
    expect(aggregate!.runs).toBe(200 - expected.length);
  });

  it('without it ends the sweep with the seed of the run', async () => {
    const sweep = runSweepPoints({ points: [point], runs: 200, seed: 42, workers: 1, runModule: failing });
    const first = Array.from({ length: 200 }, (_, i) => deriveSeed(42, i)).find((s) => s % 4 === 0);
    await expect(sweep).rejects.toMatchObject({ seed: first, message: expect.stringContaining(`(seed ${first}): the session does not end`) });
  });

  it('gasim sweep stops with exit 2 naming the seed and how to reproduce it', async () => {
    const io = await sweepChild(['--runs', '200', '--workers', '1', '--seed', '42']);
    expect(io.code).toBe(2);
    const run = Array.from({ length: 200 }, (_, i) => deriveSeed(42, i)).findIndex((s) => s % 4 === 0);
    const seed = deriveSeed(42, run);
    expect(io.err).toContain(`gasim: the sweep stopped: run ${run + 1} (seed ${seed}): the session does not end (stand-in)\n`);
    expect(io.err).toContain(`fix: set rules.elections.maxBallots; reproduce it with \`gasim run synthetic.yaml --seed ${seed}\`, or add --keep-going`);
    expect(io.out).toBe('');
  });

  it('gasim sweep --keep-going counts and lists the failed runs in the summary: text, and JSON that parses', async () => {
    const failed = Array.from({ length: 200 }, (_, i) => ({ run: i + 1, seed: deriveSeed(42, i) })).filter((r) => r.seed % 4 === 0);
    const argv = ['--runs', '200', '--workers', '2', '--seed', '42', '--keep-going'];
    const text = await sweepChild(argv);
    expect(text.code).toBe(0);
    expect(text.out).toContain(`Failed runs: ${failed.length} of 200, left out of the counts above (--keep-going):\n  run ${failed[0]!.run} (seed ${failed[0]!.seed}): the session does not end (stand-in)\n`);
    expect(text.out).toContain(`Reproduce one with: gasim run synthetic.yaml --seed ${failed[0]!.seed}`);
    const json = await sweepChild([...argv, '--json']);
    expect(json.code).toBe(0);
    const summary = JSON.parse(json.out) as { runs: number; failedRuns: { count: number; runs: RunFailure[] } };
    expect(summary.runs).toBe(200 - failed.length);
    expect(summary.failedRuns.count).toBe(failed.length);
    expect(summary.failedRuns.runs.map(({ run, seed }) => ({ run, seed }))).toEqual(failed);
  });

  it('--keep-going is refused with --shard (a partial has no place for failed runs)', async () => {
    const io = captureIo({ cwd: dir });
    expect(await main(['sweep', 'synthetic.yaml', '--shard', '1/2', '--keep-going'], io)).toBe(2);
    expect(io.err()).toContain('--keep-going cannot be combined with --shard');
  });
});
