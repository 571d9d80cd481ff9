import type { BallotRound } from '../../domain/election.js';
import type { BallotCounts, ElectionProgress } from '../../domain/election-progress.js';
import type { RngState } from '../../random/seeded-rng.js';
import type { RuleSet } from '../rule-set.js';
import { buildAnnouncement } from '../announcement.js';
import { ballotThreshold } from './ballot-threshold.js';
import { readBallot } from './read-ballot.js';
import { requiredMajority } from './required-majority.js';
import { seatsLeft } from './start-election.js';
import { judgeCandidates, judgeYesNo, type Verdict } from './verdict.js';

/**
 * Decides one ballot of an election and returns the next progress, the round explaining itself
 * (threshold, R3.7 announcement, outcome, tie-breaks, trail) and the advanced generator.
 * Counts: a `CandidateTally` for two or more candidates, a `YesNoBallot` for a sole candidate.
 */
export function decideBallot(
  progress: ElectionProgress,
  counts: BallotCounts,
  rules: RuleSet,
  rng: RngState,
): { progress: ElectionProgress; round: BallotRound; rng: RngState } {
  const multi = progress.post === 'delegate' && rules.elections.delegateBallot === 'multi-seat';
  const seats = multi ? seatsLeft(progress) : 1;
  const read = readBallot(progress, counts, seats);
  const ballot = progress.seatBallot + 1;
  const { majority, citation } = requiredMajority(progress.post, ballot, rules);
  const threshold = ballotThreshold(majority, read.base, rules, citation);
  const ordered = read.yesNo
    ? [{ label: 'yes', votes: read.yesNo.yes }, { label: 'no', votes: read.yesNo.no }]
    : read.ranked.map((r) => ({ label: r.id, votes: r.votes }));
  // the yes/no of a sole candidate keeps yes first (got = yes); candidates come in decreasing order
  const announcement = buildAnnouncement({ ...read.base, expressed: read.base.valid }, ordered, threshold);
  const verdict = read.yesNo
    ? judgeYesNo(progress, read.ranked[0]!, threshold, rules, rng)
    : judgeCandidates(progress, read.ranked, threshold, seats, rules, rng);
  const round: BallotRound = {
    ballot: progress.rounds.length + 1,
    candidates: progress.candidates.map((c) => c.id),
    ...(read.tally ? { tally: read.tally } : {}),
    ...(read.yesNo ? { yesNo: read.yesNo } : {}),
    threshold,
    announcement,
    outcome: verdict.outcome,
    elected: verdict.elected,
    eliminated: verdict.eliminated,
    tieBreaks: verdict.tieBreaks,
    trail: [{ citation, text: threshold.arithmetic }, ...verdict.trail],
  };
  return advance(progress, verdict, round, rules);
}

/** Applies a verdict: seats filled or vacated, the next paper, and the end conditions. */
function advance(
  p: ElectionProgress,
  v: Verdict,
  round: BallotRound,
  rules: RuleSet,
): { progress: ElectionProgress; round: BallotRound; rng: RngState } {
  const elected = [...p.elected, ...v.elected];
  const candidates = p.candidates.filter((c) => v.paper.includes(c.id) && !elected.includes(c.id));
  const seatDone = v.elected.length > 0 || v.seatVacated !== null;
  const next: ElectionProgress = {
    ...p,
    candidates,
    elected,
    rounds: [...p.rounds, round],
    seatBallot: seatDone ? 0 : p.seatBallot + 1,
    tieBallots: v.tieBallots,
    vacant: p.vacant + (v.seatVacated === null ? 0 : 1),
    vacancyReason: joinReasons(p.vacancyReason, v.seatVacated),
  };
  const left = seatsLeft(next);
  if (left === 0) return done(next, round, v.rng);
  if (candidates.length === 0) {
    return done(vacate(next, left, `no candidate left standing for ${left} remaining seat(s)`), round, v.rng);
  }
  const max = rules.elections.maxBallots;
  if (!seatDone && max !== null && next.seatBallot >= max) {
    const reason = `no candidate reached the required majority in ${max} ballots`;
    const closed = { ...round, trail: [...round.trail, { citation: { rule: 'Q5', source: 'rule set maxBallots' }, text: reason }] };
    const vacated = vacate(next, left, reason);
    return done({ ...vacated, rounds: [...p.rounds, closed] }, closed, v.rng);
  }
  return { progress: next, round, rng: v.rng };
}

function vacate(p: ElectionProgress, seats: number, reason: string): ElectionProgress {
  return { ...p, vacant: p.vacant + seats, vacancyReason: joinReasons(p.vacancyReason, reason) };
}

function done(p: ElectionProgress, round: BallotRound, rng: RngState) {
  return { progress: { ...p, status: 'complete' as const }, round, rng };
}

function joinReasons(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : `${a}; ${b}`;
}
