import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatSweep, type SweepCounts } from '../../../src/cli/commands/sweep-output.js';
import { loadScenarioText } from '../../../src/scenario/load-scenario.js';
import { prepareRuns } from '../../../src/sim/run-session.js';
import { catalogueOf } from '../../../src/sim/sweep/catalogue.js';
import { runChunk } from '../../../src/sim/sweep/run-chunk.js';
import { PartialSchema } from '../../../src/sim/sweep/shard/partial-schema.js';
import { makePartial, mergePartials, MergeError, shardRange } from '../../../src/sim/sweep/shard/shard.js';

// Shard-and-merge equals one machine (issue 16 item 5): each shard's counts are what a worker of
// `gasim sweep --shard` computes (runChunk over its range), written as JSON and read back.
const file = 'test/fixtures/scenarios/sweep-contingent.yaml';
const text = readFileSync(file, 'utf8');
const loaded = loadScenarioText(text, file);
if (!loaded.ok) throw new Error('fixture does not load');
const scenario = loaded.value.scenario;
const catalogue = catalogueOf(scenario);
const runs = 30;
const runOne = prepareRuns(scenario);
const seed = 4;
const whole: SweepCounts = { seed, runs, parameters: [], points: [{ values: {}, catalogue, aggregate: runChunk(runOne, seed, 0, runs) }] };

function partialsOf(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const shard = { index: i + 1, count: n };
    const [from, to] = shardRange(runs, shard);
    const partial = makePartial({ gasim: '9.9.9', scenario: { id: scenario.id, file, text }, seed, runs, shard, parameters: [], points: [{ values: {}, catalogue, aggregate: runChunk(runOne, seed, from, to) }] });
    return { name: `part-${i + 1}.json`, partial: PartialSchema.parse(JSON.parse(JSON.stringify(partial))) };
  });
}

describe('shards and merge', () => {
  it.each([1, 2, 3, 7, 30, 45])('%i shards cover every run once and merge to the single sweep, byte for byte', (n) => {
    const ranges = Array.from({ length: n }, (_, i) => shardRange(runs, { index: i + 1, count: n }));
    expect(ranges.reduce((sum, [a, b]) => sum + b - a, 0)).toBe(runs);
    const merged = mergePartials(partialsOf(n).reverse(), '9.9.9');
    for (const format of ['text', 'json', 'csv'] as const) expect(formatSweep(merged, format, 100)).toBe(formatSweep(whole, format, 100));
  });

  it('refuses a merge by another gasim version than the shards', () => {
    expect(() => mergePartials(partialsOf(2), '1.0.0')).toThrow(MergeError);
  });

  it('refuses a partial whose counts were edited out of their range', () => {
    const parts = partialsOf(2);
    const edited = { ...parts[1]!, partial: { ...parts[1]!.partial, range: [0, 15] as [number, number] } };
    expect(() => mergePartials([parts[0]!, edited], '9.9.9')).toThrow(/covers runs 0–15/);
  });
});
