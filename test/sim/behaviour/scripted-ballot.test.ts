import { describe, expect, it } from 'vitest';
import type { BallotRequest } from '../../../src/domain/ballot-request.js';
import { compileBehaviour, scriptedBallot, withdrawnBy } from '../../../src/sim/behaviour/index.js';
import { syntheticScenario } from '../../fixtures/synthetic-scenario.js';
import { votesOfChoices } from '../../../src/domain/choices.js';
import { ALL_CODES, electionRequest, questionRequest } from './requests.js';

const scenario = syntheticScenario({
  model: { withdrawals: [{ item: 'elect-president', candidate: 'dora', beforeBallot: 2 }] },
  scripted: [
    { item: 'budget-2026', votes: { FRA: 'yes', DEU: 'no', ITA: 'abstain' } },
    { item: 'resolution-a', amendment: 'amend-1', counts: { yes: 100, no: 20 }, invalid: 1 },
    { item: 'elect-president', ballot: 3, counts: { ana: 84, bo: 60 }, abstain: 4, invalid: 2, source: 'a reported result' },
  ],
});

describe('scriptedBallot', () => {
  it.each<{ name: string; request: BallotRequest; expected: unknown }>([
    {
      name: 'recorded votes for a recorded question',
      request: questionRequest(),
      expected: { kind: 'recorded', votes: { FRA: 'yes', DEU: 'no', ITA: 'abstain' } },
    },
    {
      name: 'scripted votes tallied for a secret ballot (R3.3)',
      request: questionRequest({ secret: true }),
      expected: { kind: 'counts', counts: { yes: 1, no: 1 }, abstain: 1, invalid: 0 },
    },
    {
      name: 'an amendment’s own entry',
      request: questionRequest({ item: 'resolution-a', itemKind: 'resolution', amendment: 'amend-1' }),
      expected: { kind: 'counts', counts: { yes: 100, no: 20 }, abstain: 0, invalid: 1 },
    },
    {
      name: 'an election ballot, missing candidates at 0',
      request: electionRequest(['ana', 'bo', 'chidi'], { ballot: 3 }),
      expected: { kind: 'counts', counts: { ana: 84, bo: 60, chidi: 0 }, abstain: 4, invalid: 2 },
    },
  ])('$name', ({ request, expected }) => {
    const response = scriptedBallot(scenario, request);
    // recorded votes travel as choice letters aligned with the electorate; read back member by member
    const readable = response?.kind === 'recorded' ? { kind: 'recorded', votes: votesOfChoices(request.electorate, response.choices) } : response;
    expect(readable).toEqual(expected);
  });

  it('aligns recorded choices with the electorate: one letter per member, "-" for those the script leaves out', () => {
    const response = scriptedBallot(scenario, questionRequest());
    expect(response?.kind).toBe('recorded');
    const choices = response?.kind === 'recorded' ? response.choices : '';
    expect(choices).toHaveLength(ALL_CODES.length);
    expect(choices.replaceAll('-', '')).toHaveLength(3);
    expect(choices[ALL_CODES.indexOf('FRA')]).toBe('y');
    expect(choices[ALL_CODES.indexOf('DEU')]).toBe('n');
    expect(choices[ALL_CODES.indexOf('ITA')]).toBe('a');
  });

  it('leaves other ballots to the model', () => {
    expect(scriptedBallot(scenario, electionRequest(['ana', 'bo'], { ballot: 2 }))).toBeUndefined();
    expect(scriptedBallot(scenario, questionRequest({ item: 'resolution-a', itemKind: 'resolution' }))).toBeUndefined();
  });

  it('lists withdrawals from the ballot they precede', () => {
    const model = compileBehaviour(scenario);
    expect([1, 2, 3].map((ballot) => withdrawnBy(model, 'elect-president', ballot))).toEqual([[], ['dora'], ['dora']]);
  });
});
