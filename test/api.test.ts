import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText, runScenario, RunResultSchema } from '../src/index.js';

describe('the library API', () => {
  const text = readFileSync('scenarios/marrakech-2025.yaml', 'utf8');

  it('loads, checks and runs a scenario like `gasim run`, reproducing the reported presidency', () => {
    const loaded = loadScenarioText(text, 'marrakech-2025.yaml');
    if (!loaded.ok) throw new Error('the scenario should load');
    const run = runScenario(loaded.value.scenario);
    const result = RunResultSchema.parse(run.result);
    const president = result.elections.find((e) => e.post === 'president')!;
    expect(president.rounds).toHaveLength(3);
    expect(president.elected).toEqual(['philippe']);
    expect(president.rounds[2]!.announcement).toMatchObject({ expressed: 164, majorityRequired: 83, got: 84, needed: 83 });
    expect(run.minutes).toContain('*Ballot 3.* Members entitled to vote: 170. Abstentions: 4. Invalid papers: 2. Votes expressed: 164. Majority required: 83 (a simple majority of 164 votes expressed is 83; CONST Art 16 §2).');
    expect(result.committee.find((s) => s.post === 'president')).toMatchObject({ holder: 'Lucas Philippe', member: 'FRA', termEnds: 2029 });
  });

  it('gives the same bytes for the same scenario and seed', () => {
    const loaded = loadScenarioText(text, 'marrakech-2025.yaml');
    if (!loaded.ok) throw new Error('the scenario should load');
    const a = runScenario(loaded.value.scenario, { seed: 5 });
    const b = runScenario(loaded.value.scenario, { seed: 5 });
    expect(JSON.stringify(a.result)).toBe(JSON.stringify(b.result));
    expect(a.minutes).toBe(b.minutes);
  });
});
