import { votesOfChoices } from '../../../src/domain/choices.js';
import { describe, expect, it } from 'vitest';
import { createRng, RngStream } from '../../../src/random/seeded-rng.js';
import type { BallotRequest, BallotResponse, CountedBallot, RecordedBallot } from '../../../src/domain/ballot-request.js';
import { compileBehaviour, drawBallot } from '../../../src/sim/behaviour/index.js';
import { syntheticScenario } from '../../fixtures/synthetic-scenario.js';
import { ALL_CODES, electionRequest, questionRequest } from './requests.js';

type Voting = Parameters<typeof syntheticScenario>[0];
const exact = { turnout: 1, abstain: 0, invalid: 0 };

function draw(voting: Voting, request: BallotRequest, seed = 1): BallotResponse {
  return drawBallot(compileBehaviour(syntheticScenario(voting)), request, new RngStream(createRng(seed)));
}
const counted = (response: BallotResponse) => response as CountedBallot;
const recorded = (response: BallotResponse) => response as RecordedBallot;

describe('drawBallot', () => {
  const countCases: { name: string; voting: Voting; request: BallotRequest; expected: Partial<CountedBallot> }[] = [
    {
      name: 'turnout 0: nobody votes',
      voting: { model: { turnout: 0 } },
      request: questionRequest({ secret: true }),
      expected: { counts: { yes: 0, no: 0 }, abstain: 0, invalid: 0 },
    },
    {
      name: 'abstain 1: every paper is blank (Q14)',
      voting: { model: { ...exact, abstain: 1 } },
      request: electionRequest(['ana', 'bo']),
      expected: { counts: { ana: 0, bo: 0 }, abstain: 196, invalid: 0 },
    },
    {
      name: 'invalid 1: every paper is spoiled',
      voting: { model: { ...exact, invalid: 1 } },
      request: questionRequest({ secret: true }),
      expected: { counts: { yes: 0, no: 0 }, abstain: 0, invalid: 196 },
    },
    {
      name: 'byKind beats default',
      voting: { model: { ...exact, proposals: { byKind: { budget: { yes: 1, no: 0 } } } } },
      request: questionRequest({ secret: true }),
      expected: { counts: { yes: 196, no: 0 } },
    },
    {
      name: 'byItem beats byKind',
      voting: {
        model: {
          ...exact,
          proposals: { byKind: { budget: { yes: 1, no: 0 } }, byItem: { 'budget-2026': { yes: 0, no: 1 } } },
        },
      },
      request: questionRequest({ secret: true }),
      expected: { counts: { yes: 0, no: 196 } },
    },
    {
      name: 'a scripted ballot overrides the model',
      voting: { model: exact, scripted: [{ item: 'elect-president', ballot: 2, counts: { ana: 90 }, abstain: 3 }] },
      request: electionRequest(['ana', 'bo'], { ballot: 2 }),
      expected: { counts: { ana: 90, bo: 0 }, abstain: 3, invalid: 0 },
    },
  ];
  it.each(countCases)('$name', ({ voting, request, expected }) => {
    expect(draw(voting, request)).toMatchObject({ kind: 'counts', ...expected });
  });

  it('a bloc with cohesion 1 votes as one, whatever the seed', () => {
    const bloc = ['FRA', 'DEU', 'ITA', 'ESP', 'NLD'];
    const voting: Voting = { model: { ...exact, blocs: [{ id: 'five', members: bloc, cohesion: 1 }], proposals: { default: { yes: 0.5, no: 0.5 } } } };
    for (let seed = 1; seed <= 50; seed++) {
      const votes = votesOfChoices(questionRequest().electorate, recorded(draw(voting, questionRequest(), seed)).choices);
      expect(new Set(bloc.map((code) => votes[code])).size).toBe(1);
    }
  });

  it('a supporter with loyalty 1 always votes its candidate', () => {
    const voting: Voting = { model: { ...exact, candidates: { supporters: { bo: ['ARG'] }, loyalty: 1, appeal: { bo: 0 } } } };
    for (let seed = 1; seed <= 50; seed++) {
      expect(counted(draw(voting, electionRequest(['ana', 'bo'], { electorate: ['ARG'] }), seed)).counts.bo).toBe(1);
    }
  });

  it('transfers move an eliminated candidate’s support', () => {
    const appeal = { ana: 1, bo: 1, chidi: 1, dora: 50 };
    const without = counted(draw({ model: { ...exact, candidates: { appeal } } }, electionRequest(['ana', 'bo', 'chidi'])));
    const withTransfer = counted(
      draw({ model: { ...exact, candidates: { appeal, transfers: { dora: { ana: 1 } } } } }, electionRequest(['ana', 'bo', 'chidi'])),
    );
    expect(without.counts.ana).toBeLessThan(100);
    expect(withTransfer.counts.ana).toBeGreaterThan(170);
  });

  it('sameRegion draws voters to the candidate of their region', () => {
    const response = counted(draw({ model: { ...exact, candidates: { sameRegion: 100 } } }, electionRequest(['ana', 'bo', 'chidi', 'dora'])));
    expect(response.counts.chidi).toBeGreaterThan(40); // 55 African members vote for the Nigerian candidate
  });

  it('a lone candidate on the paper is a yes/no vote, yes at most 95%', () => {
    const response = counted(draw({ model: exact }, electionRequest(['ana'], { nominated: [] })));
    expect(Object.keys(response.counts)).toEqual(['yes', 'no']);
    expect(response.counts.yes).toBeGreaterThan(170);
    expect(response.counts.no).toBeGreaterThan(0);
  });

  it('a secret ballot answers with counts and names no member', () => {
    const response = draw({ model: { turnout: 0.9, abstain: 0.1, invalid: 0.1 } }, questionRequest({ secret: true }));
    expect(response.kind).toBe('counts');
    const json = JSON.stringify(response);
    expect(ALL_CODES.filter((code) => json.includes(code))).toEqual([]);
  });

  it('a recorded ballot names each participant once', () => {
    const response = recorded(draw({ model: { turnout: 0.5 } }, questionRequest()));
    expect(response.kind).toBe('recorded');
    // one letter per member of the electorate, in its order: a choice, or '-' for one who did not vote
    expect(response.choices).toHaveLength(questionRequest().electorate.length);
    expect(response.choices).toMatch(/^[yna-]+$/);
    const votes = votesOfChoices(questionRequest().electorate, response.choices);
    expect(Object.keys(votes).length).toBeGreaterThan(60);
    expect(Object.keys(votes).length).toBeLessThan(ALL_CODES.length);
  });
});
