import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { chunkRanges, runChunk } from '../../../src/sim/sweep/run-chunk.js';
import { catalogueOf } from '../../../src/sim/sweep/catalogue.js';
import { summarise } from '../../../src/sim/sweep/summarise.js';
import { summaryToJson } from '../../../src/sim/sweep/summary-format.js';
import type { Scenario } from '../../../src/scenario/schema.js';
import type { SessionOutcome } from '../../../src/sim/outcome.js';
import { syntheticScenario } from '../../fixtures/synthetic-scenario.js';

// worker threads cannot load TypeScript: the sweep runs from the build, as the CLI does
const root = fileURLToPath(new URL('../../../', import.meta.url));
const dist = (path: string) => `${root}dist/${path}`;
// the stand-in for the session, plain JavaScript against dist/ (a test fixture, not shipped)
const fakeRuns = `${root}test/fixtures/fake-run-session.mjs`;
type RunSweepModule = typeof import('../../../src/sim/sweep/run-sweep.js');

const scenario = syntheticScenario({
  model: { turnout: 0.9, candidates: { appeal: { ana: 3, bo: 2.5, chidi: 1, dora: 1 }, sameRegion: 2 } },
});
const base = { scenarioText: stringify(scenario), file: 'synthetic.yaml', runs: 400, seed: 42, runModule: fakeRuns };

describe('runSweep', () => {
  let runSweep: RunSweepModule['runSweep'];
  let prepareRuns: (scenario: Scenario) => (seed: number) => SessionOutcome;
  beforeAll(async () => {
    ({ runSweep } = (await import(pathToFileURL(dist('sim/sweep/run-sweep.js')).href)) as RunSweepModule);
    ({ prepareRuns } = (await import(pathToFileURL(fakeRuns).href)) as { prepareRuns: typeof prepareRuns });
  });

  it('gives byte-identical summaries with 1, 2 and 3 workers, equal to an in-process run', async () => {
    const summaries = await Promise.all([1, 2, 3].map(async (workers) => summaryToJson(summarise(await runSweep({ ...base, workers }), catalogueOf(scenario), base.seed))));
    const inProcess = summaryToJson(summarise(runChunk(prepareRuns(scenario), base.seed, 0, base.runs), catalogueOf(scenario), base.seed));
    expect(summaries).toEqual([inProcess, inProcess, inProcess]);
    expect(JSON.parse(inProcess).runs).toBe(400);
  });

  it('gives identical summaries of real Marrakech-style sessions with 1 and 2 workers (issue 5)', async () => {
    const text = readFileSync(`${root}scenarios/contested-presidency.yaml`, 'utf8');
    const real = { scenarioText: text, file: 'contested-presidency.yaml', runs: 24, seed: 3 };
    const [one, two] = await Promise.all([1, 2].map(async (workers) => JSON.stringify(await runSweep({ ...real, workers }))));
    expect(two).toBe(one);
    expect(JSON.parse(one!).runs).toBe(24);
  });

  it('reports progress up to the total', async () => {
    const seen: number[] = [];
    await runSweep({ ...base, workers: 2, onProgress: (done, total) => seen.push(done / total) });
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((value, i) => i === 0 || value >= seen[i - 1]!)).toBe(true);
  });

  it('rejects when the run module cannot be loaded', async () => {
    await expect(runSweep({ ...base, workers: 1, runModule: dist('testing/missing.js') })).rejects.toThrow();
  });
});

describe('chunkRanges', () => {
  it.each([
    { runs: 10, workers: 3, expected: [[0, 3], [3, 6], [6, 10]] },
    { runs: 2, workers: 4, expected: [[0, 1], [1, 2]] },
    { runs: 0, workers: 2, expected: [] },
  ])('splits $runs runs over $workers workers', ({ runs, workers, expected }) => {
    expect(chunkRanges(runs, workers)).toEqual(expected);
  });
});
