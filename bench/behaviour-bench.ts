import { MEMBERS } from '../src/registry/members.js';
import { createRng, RngStream } from '../src/random/seeded-rng.js';
import type { Candidate } from '../src/domain/election.js';
import type { BallotRequest } from '../src/domain/ballot-request.js';
import { compileBehaviour, drawBallot } from '../src/sim/behaviour/index.js';
import { SYNTHETIC_CANDIDATES, syntheticScenario } from '../test/fixtures/synthetic-scenario.js';

export interface BehaviourBenchResult {
  readonly kind: 'question' | 'election';
  readonly electorate: number;
  readonly draws: number;
  readonly drawsPerSecond: number;
  readonly microsecondsPerDraw: number;
  readonly votesPerSecond: number;
}

/**
 * Measures `drawBallot` over the 196 members for about `durationMs` (after a warm-up): a secret
 * four-candidate election with blocs and affinities, or a recorded question with bloc lines.
 */
export function benchBehaviour(options: { kind?: 'question' | 'election'; durationMs?: number } = {}): BehaviourBenchResult {
  const kind = options.kind ?? 'election';
  const durationMs = options.durationMs ?? 1000;
  const scenario = syntheticScenario({
    model: {
      turnout: 0.97,
      blocs: [{ id: 'eu', registryBloc: 'eu', cohesion: 0.8 }, { id: 'africa', region: 'AFRICA', cohesion: 0.6 }],
      candidates: { appeal: { ana: 2, bo: 1.5 }, sameRegion: 1.5, sameBloc: 1.3, transfers: { dora: { ana: 1, chidi: 1 } } },
    },
  });
  const model = compileBehaviour(scenario);
  const paper: Candidate[] = SYNTHETIC_CANDIDATES.map((c) => ({ ...c, region: 'EUROPE', nominatedBy: c.member }));
  const request: BallotRequest = {
    item: kind === 'election' ? 'elect-president' : 'budget-2026',
    itemKind: kind === 'election' ? 'election' : 'budget',
    amendment: null,
    procedural: null,
    additionalItem: null,
    method: kind === 'election' ? 'secret' : 'electronic-recorded',
    kind,
    secret: kind === 'election',
    electorate: MEMBERS.map((member) => member.iso3),
    paper: kind === 'election' ? paper.slice(0, 3) : [],
    nominated: kind === 'election' ? paper : [],
    seat: 1,
    ballot: 1,
  };
  const rng = new RngStream(createRng(1));
  for (let i = 0; i < 2000; i++) drawBallot(model, request, rng);
  let draws = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < durationMs) {
    for (let i = 0; i < 500; i++) drawBallot(model, request, rng);
    draws += 500;
    elapsed = performance.now() - start;
  }
  const drawsPerSecond = (draws * 1000) / elapsed;
  return {
    kind,
    electorate: request.electorate.length,
    draws,
    drawsPerSecond: Math.round(drawsPerSecond),
    microsecondsPerDraw: Math.round((1e6 / drawsPerSecond) * 100) / 100,
    votesPerSecond: Math.round(drawsPerSecond * request.electorate.length),
  };
}
