import type { SessionEvent } from '../machine/events.js';
import { anyVoted } from '../domain/choices.js';
import type { Voters } from '../machine/take-item.js';
import { createRng, RngStream } from '../random/seeded-rng.js';
import type { BallotRequest, BallotResponse } from '../domain/ballot-request.js';
import { drawBallot, type CompiledBehaviour } from './behaviour/index.js';
import { isRecordable } from './behaviour/respond.js';

/** Answers a ballot request with the event that carries the votes (principle 8: one event per ballot). */
export type Voter = (request: BallotRequest) => SessionEvent;

/** 32-bit FNV-1a: a stable hash to derive a ballot's own random stream. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The random stream of one ballot, derived from the run's seed and the ballot's identity, so that
 * a ballot draws the same votes whatever happened before it (stepping back, resuming, sweeping).
 * A counted ballot has its own key (`:counted`), so a journal that turns a secret ballot into a
 * recorded one draws unrelated per-member votes, never the choices behind the secret count.
 */
export function ballotStream(seed: number, request: BallotRequest): RngStream {
  // a procedural motion or an appeal on the item is a ballot of its own, with its own stream (issue 13.3)
  const subject = request.procedural ?? request.amendment ?? (request.additionalItem === null ? '-' : `add:${request.additionalItem}`);
  const key = `${seed}:${request.item}:${subject}:${request.kind}:${request.seat}:${request.ballot}${isRecordable(request) ? '' : ':counted'}`;
  return new RngStream(createRng(fnv1a(key)));
}

/**
 * The event that reports a ballot response: per-member votes, or the tellers' counts. A recorded
 * vote in which nobody votes is reported as empty totals (a result, decided by the rules like any
 * other), never as an empty batch of votes, which would leave the ballot open and ask again.
 */
export function responseEvent(response: BallotResponse): SessionEvent {
  const script = response.script === undefined ? {} : { script: response.script };
  // drawn ballots are never empty (drawBallot reports totals then); a scripted one may be
  if (response.kind === 'recorded' && response.script !== undefined && !anyVoted(response.choices)) {
    return { type: 'tellers.reportCount', counts: { yes: 0, no: 0 }, abstain: 0, invalid: 0, ...script };
  }
  return response.kind === 'recorded'
    ? { type: 'delegation.castBallot', choices: response.choices, ...script }
    : { type: 'tellers.reportCount', counts: response.counts, abstain: response.abstain, invalid: response.invalid, ...script };
}

/**
 * The voters of a scenario with the seed of a run: scripted results where given, otherwise the
 * behaviour model, compiled once by the caller (`compileBehaviour`) for all the runs of a scenario.
 */
export function createVoter(model: CompiledBehaviour, seed: number): Voter {
  const voters = votersOf(model);
  return (request) => voters(request, seed);
}

/** The same voters for the runs of every seed: what a headless engine takes whole items with (`createEngine`). */
export function votersOf(model: CompiledBehaviour): Voters {
  return (request, seed) => responseEvent(drawBallot(model, request, ballotStream(seed, request)));
}
