import { ScenarioSchema, type Scenario, type ScenarioInput } from '../scenario/schema.js';

type Voting = NonNullable<ScenarioInput['voting']>;

/** Candidates of the synthetic presidential election, from four regions. */
export const SYNTHETIC_CANDIDATES = [
  { id: 'ana', name: 'Ana', member: 'BRA' },
  { id: 'bo', name: 'Bo', member: 'CHN' },
  { id: 'chidi', name: 'Chidi', member: 'NGA' },
  { id: 'dora', name: 'Dora', member: 'FRA' },
] as const;

/**
 * A small, valid scenario for tests and benchmarks: all 196 members represented, one budget vote,
 * one resolution and one presidential election with four candidates; `voting` replaces the
 * behaviour model and scripted ballots.
 */
export function syntheticScenario(voting: Voting = {}): Scenario {
  const input: ScenarioInput = {
    format: 'gasim/scenario@1',
    id: 'synthetic',
    title: 'Synthetic session',
    session: {
      number: 1,
      venue: { city: 'Lyon', country: 'FRA' },
      days: [
        {
          date: '2025-11-24',
          items: [
            { id: 'budget-2026', kind: 'budget', title: 'Budget for 2026' },
            { id: 'resolution-a', kind: 'resolution', title: 'Resolution A' },
            { id: 'elect-president', kind: 'election', post: 'president', candidates: [...SYNTHETIC_CANDIDATES] },
          ],
        },
      ],
    },
    members: { represented: 'all' },
    voting,
  };
  return ScenarioSchema.parse(input);
}
