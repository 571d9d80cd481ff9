import type { Candidate, ElectionResult } from '../../domain/election.js';
import type { ElectionInput, ElectionProgress } from '../../domain/election-progress.js';
import type { CandidateId } from '../../domain/ids.js';
import type { RuleSet } from '../rule-set.js';

/**
 * Opens an election with the valid nominations listed alphabetically by name (R4.6); with no
 * candidate the election is complete at once and every seat stays vacant.
 */
export function startElection(input: ElectionInput, rules: RuleSet): ElectionProgress {
  void rules; // every setting is read ballot by ballot; kept for a stable call shape
  if (!Number.isInteger(input.seats) || input.seats < 1) {
    throw new RangeError(`startElection expects seats to be a positive integer, got ${input.seats}`);
  }
  const candidates = sortCandidates(input.candidates);
  const none = candidates.length === 0;
  return {
    post: input.post,
    region: input.region,
    seats: input.seats,
    candidates,
    rounds: [],
    elected: [],
    seatBallot: 0,
    tieBallots: 0,
    status: none ? 'complete' : 'balloting',
    vacant: none ? input.seats : 0,
    vacancyReason: none ? 'no valid nomination was received (R4.2, R4.6)' : null,
  };
}

/** Candidates alphabetical by name, then by id, as the Elections Board lists them (R4.6). */
export function sortCandidates(candidates: readonly Candidate[]): readonly Candidate[] {
  return [...candidates].sort((a, b) => compare(a.name, b.name) || compare(a.id, b.id));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The candidates on the next ballot paper, in alphabetical order (R4.6, R4.8). */
export function ballotPaper(progress: ElectionProgress): readonly CandidateId[] {
  return progress.status === 'complete' ? [] : progress.candidates.map((c) => c.id);
}

/** Seats not yet filled nor left vacant. */
export function seatsLeft(progress: ElectionProgress): number {
  return progress.seats - progress.elected.length - progress.vacant;
}

/** The result of an election so far: every round, who was elected, and vacancies with the reason. */
export function electionResult(progress: ElectionProgress): ElectionResult {
  return {
    post: progress.post,
    region: progress.region,
    seats: progress.seats,
    rounds: progress.rounds,
    elected: progress.elected,
    vacant: progress.vacant,
    vacancyReason: progress.vacancyReason,
  };
}
