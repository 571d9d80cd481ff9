import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../../src/scenario/load-scenario.js';
import { applySettings, readSetting } from '../../../src/sim/sweep/grid/apply.js';
import { parseGridFile } from '../../../src/sim/sweep/grid/grid-file.js';
import { gridScenarios } from '../../../src/sim/sweep/grid/grid.js';
import { gridPoints, parseAssignment, parseValues, ParameterError } from '../../../src/sim/sweep/grid/values.js';

const file = 'scenarios/contested-presidency.yaml';
const text = readFileSync(file, 'utf8');
const loaded = loadScenarioText(text, file);
if (!loaded.ok) throw new Error('scenario does not load');
const source = { file, text, checked: loaded.value };

describe('grid values (issue 16 item 1)', () => {
  it.each([
    { text: '0.70:0.95:0.05', values: [0.7, 0.75, 0.8, 0.85, 0.9, 0.95] },
    { text: '1:3:1', values: [1, 2, 3] },
    { text: '0.7,0.8', values: [0.7, 0.8] },
    { text: 'drop-lowest,top-two', values: ['drop-lowest', 'top-two'] },
    { text: 'true,false', values: [true, false] },
    { text: '0.5', values: [0.5] },
  ])('reads $text', ({ text: values, values: expected }) => {
    expect(parseValues(values, '--vary x')).toEqual(expected);
  });

  it.each(['0.9:0.7:0.1', '0.7:0.9:0', 'a:b:c', '0.7,,0.8', '0:1:0.0001'])('refuses %s with a fix', (values) => {
    expect(() => parseValues(values, '--vary x')).toThrow(ParameterError);
  });

  it('refuses an assignment without a path', () => {
    expect(() => parseAssignment('0.7', '--vary')).toThrow(/is not PATH=VALUES/);
  });

  it('makes the full factorial, the first setting varying slowest', () => {
    expect(gridPoints([{ path: 'a', values: [1, 2] }, { path: 'b', values: ['x', 'y', 'z'] }]).map((p) => `${p.a}${p.b}`)).toEqual(['1x', '1y', '1z', '2x', '2y', '2z']);
  });

  it('writes a setting into the scenario, a list element by its id, keeping the comments', () => {
    const applied = applySettings(text, file, { 'voting.model.blocs.eu.cohesion': 0.5, 'voting.model.candidates.appeal.tanaka': 2 });
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    expect(applied.variant.checked.scenario.voting.model.blocs.find((b) => b.id === 'eu')!.cohesion).toBe(0.5);
    expect(readSetting(applied.variant.text, 'voting.model.candidates.appeal.tanaka')).toBe(2);
    expect(applied.variant.text).toContain('# no candidate has much more appeal than the others');
  });

  it('names the setting and the problem when a value does not fit the schema', () => {
    expect(() => gridScenarios(source, [{ path: 'voting.model.turnout', values: [0.9, 1.5] }])).toThrow(/turnout=1\.5[\s\S]*voting\.model\.turnout/);
    expect(() => gridScenarios(source, [{ path: 'voting.model.blocs.nato.cohesion', values: [0.5] }])).toThrow(/no element 'nato'; its ids are: eu, au/);
    expect(() => gridScenarios(source, [{ path: 'voting.model.turnot', values: [0.5] }])).toThrow(/did you mean 'turnout'/);
  });

  it('reads a grid file, and locates its problems', () => {
    const good = parseGridFile('format: gasim/grid@1\ngrid:\n  voting.model.turnout: 0.8:0.9:0.1\n  rules.elections.elimination: [drop-lowest, top-two]\n', 'g.yaml');
    expect(good).toEqual({ ok: true, value: [{ path: 'voting.model.turnout', values: [0.8, 0.9] }, { path: 'rules.elections.elimination', values: ['drop-lowest', 'top-two'] }] });
    const bad = parseGridFile('format: gasim/grid@1\ngird:\n  x: 1\n', 'g.yaml');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.lines).toContainEqual(expect.stringMatching(/^g\.yaml:2:1: unknown key 'gird'.*did you mean 'grid'/));
  });
});
