import type { BallotCounts, ElectionProgress } from '../../domain/election-progress.js';
import type { CandidateId } from '../../domain/ids.js';
import type { CandidateTally, Tally } from '../../domain/vote.js';
import type { BallotBase } from './ballot-threshold.js';

/** One candidate's votes on a ballot. */
export interface Ranked {
  readonly id: CandidateId;
  readonly votes: number;
}

/** A ballot's counts checked against the paper, with candidates in decreasing order of votes. */
export interface ReadBallot {
  readonly base: BallotBase;
  /** Decreasing votes; equal votes keep the paper's alphabetical order. Yes/no: the one candidate. */
  readonly ranked: readonly Ranked[];
  readonly tally?: CandidateTally;
  readonly yesNo?: Tally;
}

/**
 * Checks the counts of the next ballot against the paper and the electorate; broken counts are a
 * programmer error and throw. One candidate on the paper needs a yes/no ballot, two or more a tally.
 * In a multi-seat ballot (Q8) each paper carries up to `perPaper` votes; its votes expressed are then
 * the papers that were neither blank nor spoiled (entitled − abstentions − invalid).
 */
export function readBallot(progress: ElectionProgress, counts: BallotCounts, perPaper = 1): ReadBallot {
  if (progress.status === 'complete') {
    throw new Error('decideBallot was called on a complete election; check progress.status first');
  }
  const paper = progress.candidates.map((c) => c.id);
  if ('kind' in counts) {
    if (paper.length !== 1 || counts.candidate !== paper[0]) {
      throw new Error(
        `a yes/no ballot is only for a sole candidate; the paper is [${paper.join(', ')}], got ${counts.candidate}`,
      );
    }
    const t = counts.tally;
    checkCounts([t.yes, t.no, t.abstain, t.invalid], t.entitled);
    const base = { entitled: t.entitled, abstain: t.abstain, invalid: t.invalid, valid: t.yes + t.no, runnerUp: t.no };
    return { base, ranked: [{ id: counts.candidate, votes: t.yes }], yesNo: t };
  }
  if (paper.length < 2) {
    throw new Error(`a sole candidate (${paper[0]}) is voted yes/no; pass a YesNoBallot, not a CandidateTally`);
  }
  const unknown = Object.keys(counts.votes).filter((id) => !paper.includes(id));
  if (unknown.length > 0) {
    throw new Error(`votes for candidates not on the paper: ${unknown.join(', ')}; paper is [${paper.join(', ')}]`);
  }
  const ranked = paper
    .map((id) => ({ id, votes: counts.votes[id] ?? 0 }))
    .sort((a, b) => b.votes - a.votes);
  const votes = ranked.reduce((sum, r) => sum + r.votes, 0);
  checkCounts([counts.abstain, counts.invalid], counts.entitled);
  // a multi-seat paper carries up to `perPaper` votes, so its valid papers come from the electorate
  const valid = perPaper === 1 ? votes : counts.entitled - counts.abstain - counts.invalid;
  checkCounts(ranked.map((r) => r.votes), perPaper === 1 ? counts.entitled - counts.abstain - counts.invalid : valid * perPaper);
  const base = {
    entitled: counts.entitled,
    abstain: counts.abstain,
    invalid: counts.invalid,
    valid,
    runnerUp: ranked[1]?.votes ?? 0,
  };
  return { base, ranked, tally: counts };
}

function checkCounts(parts: readonly number[], entitled: number): void {
  if (!parts.every((n) => Number.isInteger(n) && n >= 0) || !Number.isInteger(entitled) || entitled < 0) {
    throw new RangeError(`ballot counts must be non-negative integers, got [${parts.join(', ')}] of ${entitled}`);
  }
  const total = parts.reduce((sum, n) => sum + n, 0);
  if (total > entitled) {
    throw new RangeError(
      `ballot counts ${total} exceed the ${entitled} countries entitled to vote; papers cannot outnumber the electorate`,
    );
  }
}
