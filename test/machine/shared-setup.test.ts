import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { produceContext } from '../../src/machine/context-update.js';
import { createInitialContext, type SessionContext } from '../../src/machine/context.js';
import { electorateOf, standingsChanged } from '../../src/machine/procedure/electorates.js';
import { electoratesByDay } from '../../src/rules/day-electorates.js';
import { createSessionSetup } from '../../src/scenario/session-setup.js';
import { RuleSetSchema, type QuestionKind } from '../../src/rules/rule-set.js';
import { freezeElectorate } from '../../src/rules/voting-rights.js';
import { prepareScenario, runSessionOutcome } from '../../src/sim/run-session.js';
import { loadScenarioFile } from './support/scenarios.js';

// Runs of a sweep share one prepared scenario: its setup, with the electorates computed once, and
// its compiled behaviour (issue 5, speed; issue 15: no module-level caches, the caller prepares).
// These tests pin that sharing changes no result.
describe('runs sharing a prepared scenario', () => {
  const { scenario } = loadScenarioFile('scenarios/arrears-crisis.yaml');

  it('give each seed the outcome of a run prepared afresh', () => {
    const shared = prepareScenario(scenario);
    for (const seed of [1, 2, 3, 99]) expect(runSessionOutcome(shared, seed)).toEqual(runSessionOutcome(prepareScenario(scenario), seed));
  });
});

describe('electorateOf (R2.1, R2.3, R2.8, Q24)', () => {
  const { scenario } = loadScenarioFile('scenarios/arrears-crisis.yaml');
  const setup = createSessionSetup(scenario);
  const questions: (QuestionKind | 'election')[] = ['budget', 'resolution', 'constitutionAmendment', 'proceduralMotion', 'election'];
  const at = (ctx: SessionContext, item: number, day: number): SessionContext => ({ ...ctx, item, day });

  it('is freezeElectorate’s list, frozen, the setup’s own arrays for every run', () => {
    const [one, other] = [createInitialContext(setup, 1), createInitialContext(setup, 2)];
    fc.assert(
      fc.property(fc.constantFrom(...questions), fc.nat(30), fc.nat(setup.days.length - 1), (question, item, day) => {
        const electorate = electorateOf(at(one, item, day), question);
        expect(electorate).toEqual(freezeElectorate(setup.standings, { question, itemIndex: item, day }, setup.rules));
        expect(Object.isFrozen(electorate.entitled) && Object.isFrozen(electorate.excluded)).toBe(true);
        expect(electorateOf(at(other, item, day), question)).toBe(electorate);
      }),
      { numRuns: 200 },
    );
  });

  it('follows the standings when a ruling changes them (R5.6)', () => {
    const initial = createInitialContext(setup, 1);
    const code = setup.electorates[0]!.ordinary.entitled[0]!;
    const refused = produceContext(initial, (draft) => {
      draft.standings = draft.standings.map((s) => (s.code === code ? { ...s, credentials: 'refused' } : s));
      standingsChanged(draft);
    });
    const before = electorateOf(initial, 'budget').entitled;
    const after = electorateOf(refused, 'budget');
    expect(after.entitled).toEqual(before.filter((c) => c !== code));
    expect(after.excluded.find((x) => x.code === code)?.reason).toBe('credentials-refused');
    expect(after).toEqual(freezeElectorate(refused.standings, { question: 'budget', itemIndex: 0, day: 0 }, setup.rules));
  });

  it('keeps a member admitted at an item out of that item and earlier ones, not later ones (Q24)', () => {
    const admitted = produceContext(createInitialContext(setup, 1), (draft) => {
      const finances = { duePreviousYear: 0, unpaidPreviousYear: 0, unpaidCurrentYear: 0, rescheduling: false, waiver: false };
      draft.standings = [...draft.standings, { code: 'XXA', represented: true, credentials: 'accepted', finances, admittedAtItem: 4, absentDays: [] }];
      standingsChanged(draft);
    });
    for (const item of [2, 4, 5, 9]) {
      const electorate = electorateOf(at(admitted, item, 0), 'resolution');
      expect(electorate).toEqual(freezeElectorate(admitted.standings, { question: 'resolution', itemIndex: item, day: 0 }, setup.rules));
      expect(electorate.entitled.includes('XXA'), `item ${item}`).toBe(item > 4);
    }
  });

  it('is computed under the rule set given (R8.1 exemption, Q12 threshold)', () => {
    const lenient = RuleSetSchema.parse({ arrears: { thresholdPercent: 100 } });
    const days = electoratesByDay(setup.standings, lenient, setup.days.length);
    expect(days[0]!.ordinary).toEqual(freezeElectorate(setup.standings, { question: 'budget', itemIndex: 3, day: 0 }, lenient));
    expect(days[0]!.ordinary.entitled.length).toBeGreaterThan(setup.electorates[0]!.ordinary.entitled.length);
  });
});
