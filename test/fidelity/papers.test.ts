import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareScenario, runSession } from '../../src/sim/run-session.js';
import { toRunResult } from '../../src/sim/run-result.js';
import { loadScenarioFile } from '../machine/support/scenarios.js';
import { gasim, scenarioFile } from './support.js';

// Issue 13, item 5 (R2.3, R3.2, R3.3): invalid papers exist only where there are papers, in a
// secret ballot; show-of-hands and electronic recorded votes carried "Invalid 3".
describe('voting methods carry only what they can produce', () => {
  const { scenario } = loadScenarioFile('scenarios/marrakech-2025.yaml');

  it('draws no invalid paper and no invalid choice outside secret ballots (Marrakech, 30 seeds)', () => {
    fc.assert(
      fc.property(fc.nat(), (seed) => {
        const result = toRunResult(runSession(prepareScenario(scenario), seed).snapshot.context);
        for (const d of result.decisions) {
          if (d.method !== 'secret' && d.announcement) expect(d.announcement.invalid, d.ballot).toBe(0);
          expect(Object.values(d.recorded ?? {})).not.toContain('invalid');
        }
      }),
      { numRuns: 30 },
    );
  });

  it('refuses scripted invalid papers for a recorded vote, located (exit 2)', async () => {
    const file = scenarioFile('spoiled.yaml', `format: gasim/scenario@1
id: spoiled
title: spoiled
session:
  number: 1
  venue: { city: Lyon, country: FRA }
  days:
    - date: 2025-11-24
      items:
        - { id: budget, kind: budget, method: show-of-hands }
        - { id: res, kind: resolution }
members:
  represented: all
voting:
  scripted:
    - { item: budget, counts: { yes: 100, no: 20 }, invalid: 3 }
    - { item: res, votes: { FRA: yes, DEU: invalid } }
`);
    const { code, err } = await gasim('validate', file);
    expect(code).toBe(2);
    expect(err).toContain('spoiled.yaml:16:62: 3 invalid papers on a vote by show of hands, which has no papers to spoil [scenario/no-papers voting.scripted[0].invalid]');
    expect(err).toContain('spoiled.yaml:17:44: DEU casts an invalid paper in a vote by electronic recorded, which has no papers [scenario/no-papers voting.scripted[1].votes.DEU]');
  });
});
