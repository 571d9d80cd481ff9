import fc from 'fast-check';
import type { BallotRequest } from '../../src/domain/ballot-request.js';
import { ALL_CODES, CANDIDATES, electionRequest, questionRequest } from '../sim/behaviour/requests.js';

/** Behaviour parameters of a synthetic scenario: probabilities, blocs, affinities and transfers. */
export const votingArb = fc.record({
  model: fc.record({
    turnout: fc.double({ min: 0, max: 1, noNaN: true }),
    abstain: fc.double({ min: 0, max: 0.5, noNaN: true }),
    invalid: fc.double({ min: 0, max: 0.5, noNaN: true }),
    blocs: fc.array(
      fc.record({ id: fc.constantFrom('b1', 'b2', 'b3'), region: fc.constantFrom('AFRICA', 'AMERICAS', 'ASIA', 'EUROPE' as const), cohesion: fc.double({ min: 0, max: 1, noNaN: true }) }),
      { maxLength: 3 },
    ),
    candidates: fc.record({
      appeal: fc.dictionary(fc.constantFrom(...CANDIDATES.map((c) => c.id)), fc.double({ min: 0, max: 20, noNaN: true })),
      sameRegion: fc.double({ min: 0, max: 10, noNaN: true }),
      sameBloc: fc.double({ min: 0, max: 10, noNaN: true }),
      transfers: fc.dictionary(fc.constantFrom('chidi', 'dora'), fc.dictionary(fc.constantFrom('ana', 'bo'), fc.double({ min: 0, max: 5, noNaN: true }))),
      supporters: fc.dictionary(fc.constantFrom('ana', 'dora'), fc.subarray([...ALL_CODES.slice(0, 20)])),
    }),
  }),
});

/** A question or an election over a random electorate, paper and secrecy. */
export const requestArb: fc.Arbitrary<BallotRequest> = fc
  .record({
    election: fc.boolean(),
    secret: fc.boolean(),
    electorate: fc.subarray([...ALL_CODES]),
    paper: fc.subarray(CANDIDATES.map((c) => c.id)),
    ballot: fc.integer({ min: 1, max: 5 }),
  })
  .map(({ election, secret, electorate, paper, ballot }) =>
    election ? electionRequest(paper, { secret, electorate, ballot }) : questionRequest({ secret, electorate, ballot }),
  );

export const seedArb = fc.integer({ min: 0, max: 0xffffffff });
