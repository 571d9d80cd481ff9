import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadScenarioText } from '../../../src/scenario/load-scenario.js';
import { calibrate } from '../../../src/sim/sweep/calibrate/calibrate.js';
import { captureRequests } from '../../../src/sim/sweep/calibrate/capture.js';
import { ObservedFileSchema } from '../../../src/sim/sweep/calibrate/observed-file.js';
import { simulate } from '../../../src/sim/sweep/calibrate/simulate.js';
import { syntheticScenario } from '../../fixtures/synthetic-scenario.js';

// Issue 16 item 3: calibration recovers known settings from synthetic published counts, within the
// intervals it reports. The "truth" draws the counts of the first presidential ballot (all 196
// members) with appeals ana 3, bo 1.5 (chidi and dora 1, fixed); the fit starts from 1 and 1.
const truth = { 'voting.model.candidates.appeal.ana': 3, 'voting.model.candidates.appeal.bo': 1.5 };
const model = { turnout: 0.95, abstain: 0.02, invalid: 0.01, candidates: { appeal: { ana: 1, bo: 1, chidi: 1, dora: 1 }, sameRegion: 2 } };
const scenario = syntheticScenario({ model });
const text = stringify(scenario);
const loaded = loadScenarioText(text, 'synthetic.yaml');
if (!loaded.ok) throw new Error('synthetic scenario does not load');
const ballot = { item: 'elect-president', seat: 1, ballot: 1 };

/** The published counts of one ballot drawn at the true settings, with `seed` (not the fit's). */
function published(seed: number) {
  const observed = [{ ...ballot, counts: { ana: 1, bo: 1, chidi: 1, dora: 1 }, abstain: 0, invalid: 0 }];
  const requests = captureRequests(scenario, 1, observed);
  const [ana, bo, chidi, dora, abstain, invalid] = simulate(scenario, requests, observed, truth, seed, 1).mean.map(Math.round) as number[];
  return ObservedFileSchema.parse({ format: 'gasim/observed@1', ballots: [{ ...ballot, counts: { ana, bo, chidi, dora }, abstain, invalid }], fit: Object.keys(truth) });
}

describe('calibrate', () => {
  it.each([202, 303])('recovers known appeals within the reported intervals (published counts drawn with seed %i)', (seed) => {
    const result = calibrate({ file: 'synthetic.yaml', text, checked: loaded.value }, published(seed), { seed: 1, draws: 400 });
    for (const s of result.settings) {
      const known = truth[s.path as keyof typeof truth];
      expect(s.low).toBeLessThan(known);
      expect(s.high).toBeGreaterThan(known);
      expect(s.high / s.low).toBeLessThan(4); // an interval that says something
      expect(s.start).toBe(1);
    }
    expect(result.fit.df).toBe(4); // 6 counts, all free (turnout < 1, so absences vary too), 2 settings
    expect(result.fit.pValue).toBeGreaterThan(0.01);
    const written = loadScenarioText(result.scenarioText, 'fitted.yaml');
    expect(written.ok && written.value.scenario.voting.model.candidates.appeal.ana).toBeCloseTo(result.settings[0]!.value, 2);
  });

  it('refuses settings the counts cannot pin down together (every appeal: only ratios matter)', () => {
    const observed = { ...published(101), fit: ['voting.model.candidates.appeal.ana', 'voting.model.candidates.appeal.bo', 'voting.model.candidates.appeal.chidi', 'voting.model.candidates.appeal.dora'] };
    expect(() => calibrate({ file: 'synthetic.yaml', text, checked: loaded.value }, observed, { seed: 1, draws: 100 })).toThrow(/do not pin down/);
  });

  it('refuses a ballot the run never holds, and counts that do not match the paper', () => {
    const observed = published(101);
    expect(() => captureRequests(scenario, 1, [{ ...observed.ballots[0]!, ballot: 40 }])).toThrow(/not held in the run/);
    expect(() => captureRequests(scenario, 1, [{ ...observed.ballots[0]!, counts: { ana: 1, zed: 2 } }])).toThrow(/the paper in the run is/);
  });
});
