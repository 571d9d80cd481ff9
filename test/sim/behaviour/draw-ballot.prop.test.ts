import { votesOfChoices } from '../../../src/domain/choices.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, RngStream } from '../../../src/random/seeded-rng.js';
import { compileBehaviour, drawBallot } from '../../../src/sim/behaviour/index.js';
import { syntheticScenario } from '../../fixtures/synthetic-scenario.js';
import { requestArb, seedArb, votingArb } from '../../arbitraries/behaviour.js';
import { propertyRuns } from '../../test-utils/property-runs.js';

const runs = { numRuns: propertyRuns(1000, 200) };

describe('drawBallot properties', () => {
  it('conserves papers: counts are non-negative integers summing to at most the electorate', () => {
    fc.assert(
      fc.property(votingArb, requestArb, seedArb, (voting, request, seed) => {
        const response = drawBallot(compileBehaviour(syntheticScenario(voting)), request, new RngStream(createRng(seed)));
        const papers =
          response.kind === 'counts'
            ? [...Object.values(response.counts), response.abstain, response.invalid]
            : Object.keys(votesOfChoices(request.electorate, response.choices)).map(() => 1);
        expect(papers.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
        expect(papers.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(request.electorate.length);
        if (response.kind === 'recorded') expect(response.choices, 'one letter per member of the electorate').toHaveLength(request.electorate.length);
      }),
      runs,
    );
  });

  it('is deterministic: the same generator state gives the same response', () => {
    fc.assert(
      fc.property(votingArb, requestArb, seedArb, (voting, request, seed) => {
        const model = compileBehaviour(syntheticScenario(voting));
        const first = drawBallot(model, request, new RngStream(createRng(seed)));
        const again = drawBallot(compileBehaviour(syntheticScenario(voting)), request, new RngStream(createRng(seed)));
        expect(again).toEqual(first);
      }),
      runs,
    );
  });

  it('never names a member in a secret ballot', () => {
    fc.assert(
      fc.property(votingArb, requestArb, seedArb, (voting, request, seed) => {
        const secret = { ...request, secret: true };
        const response = drawBallot(compileBehaviour(syntheticScenario(voting)), secret, new RngStream(createRng(seed)));
        expect(response.kind).toBe('counts');
        const json = JSON.stringify(response);
        expect(secret.electorate.filter((code) => json.includes(`"${code}"`))).toEqual([]);
      }),
      runs,
    );
  });
});
