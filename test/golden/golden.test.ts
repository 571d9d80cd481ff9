import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEWER_SEEDS, fingerprint, GOLDEN_FILE, loadGoldenScenario, scenarioFiles, seedOf, seedsFor, type GoldenFile } from './fingerprint.js';

/**
 * Every scenario's runs give the outcomes, results and minutes they gave when the fingerprints were
 * made (issue 15: the engine may change, outcomes may not). To stay fast on two cores `npm test`
 * checks the first SEEDS seeds of each scenario and leaves out those in FEWER_SEEDS (whose runs
 * take thousands of ballots); `npm run golden` checks every seed of every scenario.
 */
const SEEDS = 25;
const root = process.cwd();
const golden = JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as GoldenFile;
const checked = scenarioFiles(root).filter((file) => !(file in FEWER_SEEDS));

describe('golden outcomes', () => {
  it('has fingerprints for every seed of every scenario in scenarios/', () => {
    expect(Object.keys(golden.scenarios).sort()).toEqual(scenarioFiles(root));
    for (const [file, runs] of Object.entries(golden.scenarios)) expect(runs, file).toHaveLength(seedsFor(file));
  });

  it.each(checked)('%s runs as before for the first seeds', (file) => {
    const scenario = loadGoldenScenario(root, file);
    const differing = golden.scenarios[file]!.slice(0, SEEDS).flatMap((fp, i) => (fingerprint(scenario, seedOf(i)) === fp ? [] : [i]));
    expect(differing, `runs that differ (npm run golden -- --show ${file} <index>)`).toEqual([]);
  });
});
