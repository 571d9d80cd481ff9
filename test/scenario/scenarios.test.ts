import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchemaText } from '../../src/scenario/json-schema.js';
import { loadScenarioText } from '../../src/scenario/load-scenario.js';
import { formatProblem } from '../../src/scenario/scenario-problem.js';

const dir = new URL('../../scenarios/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

describe('scenarios/', () => {
  it.each(files)('%s parses and checks', (file) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const loaded = loadScenarioText(text, file);
    expect(loaded.ok ? [] : loaded.problems.map((p) => formatProblem(file, p))).toEqual([]);
  });

  it.each(files)('%s points editors at the JSON Schema on its first line', (file) => {
    const first = readFileSync(new URL(file, dir), 'utf8').split('\n')[0];
    expect(first).toBe('# yaml-language-server: $schema=./scenario.schema.json');
  });

  it('commits the JSON Schema that the schema generates (run `gasim schema` to refresh)', () => {
    expect(readFileSync(new URL('scenario.schema.json', dir), 'utf8')).toBe(scenarioJsonSchemaText());
  });
});

describe('arrears-crisis', () => {
  it('suspends the members over the 5% threshold only (R8.2, Q12)', () => {
    const loaded = loadScenarioText(readFileSync(new URL('arrears-crisis.yaml', dir), 'utf8'), 'arrears-crisis.yaml');
    expect(loaded.ok && loaded.value.suspended).toEqual(['CAF', 'COM', 'GNB', 'GNQ', 'HTI', 'LBY', 'SDN', 'SSD', 'SYR', 'VEN']);
    expect(loaded.ok && loaded.value.warnings.map((w) => w.code)).toEqual(['scenario/nominator-suspended']);
  });
});
