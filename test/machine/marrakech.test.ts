import { describe, expect, it } from 'vitest';
import { prepareScenario, runSession } from '../../src/sim/run-session.js';
import { loadScenarioFile } from './support/scenarios.js';
import { recordsOf } from '../../src/record/record.js';

// The 93rd session driven end to end through the machine (issue 4, scenario test). Expected values:
// interpol-rules.md §10, "Presidential election (27 Nov)" and "ExCo composition after the 93rd session".
describe('Marrakech 2025 through the session machine', () => {
  const { scenario } = loadScenarioFile('scenarios/marrakech-2025.yaml');
  const ctx = runSession(prepareScenario(scenario), scenario.seed).snapshot.context;

  it('reproduces the reported presidential result on the final (third) ballot (Q21)', () => {
    const president = recordsOf(ctx).find((r) => r.kind === 'election' && r.post === 'president');
    if (president?.kind !== 'election') throw new Error('no presidential election');
    const last = president.result.rounds.at(-1)!;
    expect(last.ballot).toBe(3);
    expect(last.announcement.counts).toEqual([
      { label: 'philippe', votes: 84 },
      { label: 'sabanca', votes: 60 },
      { label: 'nainda', votes: 12 },
      { label: 'weldeyes', votes: 8 },
    ]);
    expect(last.announcement).toMatchObject({ expressed: 164, majorityRequired: 83 });
    expect(president.result.elected).toEqual(['philippe']);
  });

  it('ends with the Committee of §10 after the change of office (R1.9)', () => {
    const seats = ctx.committee.seats.map((s) => `${s.post} ${s.region} ${s.member} ${s.elected}-${s.termEnds}`).sort();
    expect(seats).toEqual(
      [
        'president EUROPE FRA 2025-2029',
        'vice-president AFRICA MAR 2024-2027',
        'vice-president AMERICAS USA 2024-2027',
        'vice-president ASIA CHN 2025-2028',
        'delegate AFRICA TUN 2025-2028',
        'delegate AFRICA KEN 2025-2028',
        'delegate ASIA QAT 2024-2027',
        'delegate ASIA JPN 2025-2028', // a full term on a reopened seat (R4.13, project default)
        'delegate EUROPE DEU 2024-2027',
        'delegate EUROPE TUR 2024-2027',
        'delegate EUROPE ITA 2025-2028',
        'delegate AMERICAS CAN 2024-2027',
      ].sort(),
    );
  });

  it('reopens exactly the two Delegate seats vacated by Philippe and Wang Yong (Q7)', () => {
    const reopened = recordsOf(ctx).filter((r) => r.kind === 'election' && r.reopened).map((r) => (r.kind === 'election' ? r.region : null));
    expect(reopened.sort()).toEqual(['ASIA', 'EUROPE']);
  });
});
