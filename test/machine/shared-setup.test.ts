import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MemberStanding } from '../../src/domain/member.js';
import { electorateOf } from '../../src/machine/procedure/ballots.js';
import { createSessionSetup } from '../../src/machine/session-setup.js';
import { RuleSetSchema, type QuestionKind } from '../../src/rules/rule-set.js';
import { freezeElectorate } from '../../src/rules/voting-rights.js';
import { runSession, runSessionOutcome, setupOf } from '../../src/sim/run-session.js';
import { toOutcome } from '../../src/sim/to-outcome.js';
import { loadScenarioFile } from './support/scenarios.js';

// Runs of a sweep share one setup and the electorates derived from it (issue 5, speed). These
// tests pin that sharing changes no result: the caches only skip recomputing pure functions.
describe('runs sharing a setup', () => {
  const { scenario } = loadScenarioFile('scenarios/arrears-crisis.yaml');

  it('derive the setup once per scenario object', () => {
    expect(setupOf(scenario)).toBe(setupOf(scenario));
    expect(setupOf(scenario)).toEqual(createSessionSetup(scenario));
  });

  it('give each seed the outcome of a run with its own, fresh setup', () => {
    for (const seed of [1, 2, 3, 99]) {
      const shared = runSessionOutcome(scenario, seed);
      const fresh = toOutcome(runSession(scenario, seed, { setup: createSessionSetup(scenario) }).snapshot.context);
      expect(shared).toEqual(fresh);
    }
  });
});

describe('electorateOf (R2.1, R2.8)', () => {
  const { scenario } = loadScenarioFile('scenarios/arrears-crisis.yaml');
  const setup = createSessionSetup(scenario);
  const questions: (QuestionKind | 'election')[] = ['budget', 'resolution', 'constitutionAmendment', 'proceduralMotion', 'election'];

  it('is freezeElectorate’s list, computed once per rule set, standings and key', () => {
    fc.assert(
      fc.property(fc.constantFrom(...questions), fc.nat(30), (question, item) => {
        const first = electorateOf(setup.standings, question, item, setup.rules);
        expect(first).toEqual(freezeElectorate(setup.standings, { question, itemIndex: item, day: 0 }, setup.rules));
        expect(Object.isFrozen(first.entitled) && Object.isFrozen(first.excluded)).toBe(true);
        expect(electorateOf(setup.standings, question, item, setup.rules)).toBe(first);
      }),
      { numRuns: 200 },
    );
  });

  it('recomputes for changed standings and for another rule set (R8.1 exemption, Q12 threshold)', () => {
    const refused: MemberStanding[] = setup.standings.map((s, i) => (i === 0 ? { ...s, credentials: 'refused' } : s));
    const before = electorateOf(setup.standings, 'budget', 3, setup.rules).entitled;
    const after = electorateOf(refused, 'budget', 3, setup.rules);
    expect(after.entitled).toEqual(before.filter((code) => code !== setup.standings[0]!.code));
    expect(after.excluded.find((x) => x.code === setup.standings[0]!.code)?.reason).toBe('credentials-refused');
    const lenient = RuleSetSchema.parse({ arrears: { thresholdPercent: 100 } });
    expect(electorateOf(setup.standings, 'budget', 3, lenient)).toEqual(freezeElectorate(setup.standings, { question: 'budget', itemIndex: 3, day: 0 }, lenient));
    expect(electorateOf(setup.standings, 'budget', 3, lenient).entitled.length).toBeGreaterThan(before.length);
  });
});
