import type { BallotRequest } from '../../../domain/ballot-request.js';
import type { Scenario } from '../../../scenario/schema.js';
import { prepareScenario, runSession } from '../../run-session.js';
import { createVoter } from '../../voter.js';
import type { ObservedBallot } from './observed-file.js';

/** Why a published ballot cannot be matched to the scenario, with a fix. */
export class CalibrationError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'CalibrationError';
  }
}

/** The category keys of a ballot's counts, in order: the paper's candidates (or yes, no), then blank and spoiled papers. */
export function categories(request: BallotRequest): string[] {
  const keys = request.kind === 'election' && request.paper.length !== 1 ? request.paper.map((c) => c.id) : ['yes', 'no'];
  return [...keys, 'abstain', 'invalid'];
}

/**
 * The ballot requests of the published ballots, as the session machine makes them in a run of the
 * scenario with `seed` (the electorate then, the paper): the voters are asked exactly these when
 * the model is drawn. A ballot the run never reaches, or whose paper differs from the published
 * counts, is refused.
 */
export function captureRequests(scenario: Scenario, seed: number, observed: readonly ObservedBallot[]): BallotRequest[] {
  const found = new Map<number, BallotRequest>();
  const prepared = prepareScenario(scenario);
  const vote = createVoter(prepared.behaviour, seed);
  const matches = (o: ObservedBallot, r: BallotRequest) => r.item === o.item && r.seat === o.seat && r.ballot === o.ballot && r.amendment === (o.amendment ?? null);
  runSession(prepared, seed, {
    voter: (request) => {
      observed.forEach((o, i) => {
        if (matches(o, request) && !found.has(i)) found.set(i, request);
      });
      return vote(request);
    },
  });
  return observed.map((o, i) => {
    const request = found.get(i);
    const name = `ballot ${o.ballot} of ${o.item}${o.seat > 1 ? `, seat ${o.seat}` : ''}`;
    if (!request) throw new CalibrationError(`${name} is not held in the run with seed ${seed}`, 'check the item, seat and ballot numbers, or try another --seed (the model may decide the election earlier)');
    const keys = categories(request).slice(0, -2);
    const given = Object.keys(o.counts).sort();
    if (JSON.stringify(given) !== JSON.stringify([...keys].sort())) {
      throw new CalibrationError(`${name}: the published counts name ${given.join(', ')}, but the paper in the run is ${keys.join(', ')}`, 'give a count for each candidate on that ballot (or yes and no), by id');
    }
    const papers = Object.values(o.counts).reduce((a, b) => a + b, 0) + o.abstain + o.invalid;
    if (papers > request.electorate.length) throw new CalibrationError(`${name}: ${papers} papers, but ${request.electorate.length} members may vote`, 'check the counts');
    return request;
  });
}
