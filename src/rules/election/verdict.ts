import type { BallotOutcome, TieBreakStep } from '../../domain/election.js';
import type { ElectionProgress } from '../../domain/election-progress.js';
import type { CandidateId } from '../../domain/ids.js';
import type { Threshold, TrailStep } from '../../domain/vote.js';
import type { RngState } from '../../random/seeded-rng.js';
import type { RuleSet } from '../rule-set.js';
import { drawLots } from '../tie-break.js';
import { eliminate } from './eliminate.js';
import type { Ranked } from './read-ballot.js';
import { hasLowerMajorityLater } from './required-majority.js';

/** What one ballot decided, before it is applied to the election. */
export interface Verdict {
  readonly outcome: BallotOutcome;
  readonly elected: readonly CandidateId[];
  readonly eliminated: readonly CandidateId[];
  readonly tieBreaks: readonly TieBreakStep[];
  readonly trail: readonly TrailStep[];
  /** The next paper before elected candidates leave it. */
  readonly paper: readonly CandidateId[];
  readonly tieBallots: number;
  /** Set when this ballot leaves the current seat vacant. */
  readonly seatVacated: string | null;
  readonly rng: RngState;
}

const TIE = { rule: 'R4.11', source: 'GR Art 23 §2' };
const NO_LOTS = { rule: 'R4.9', source: 'CONST Art 16 §2; GR Art 23 §2 (R4.11, Q5, Q6)' };

/**
 * R4.9, R4.11: whether the tie rule (extra ballot, then lots) applies on a ballot with threshold `t`.
 * By default it belongs to the ballots decided by a simple majority: a tie on a ballot that needs
 * two-thirds is an inconclusive ballot (`elections.tiesUnderTwoThirds`).
 */
export function breaksTies(t: Threshold, rules: RuleSet): boolean {
  return rules.elections.tiesUnderTwoThirds === 'tie-break' || !t.majority.startsWith('two-thirds');
}

/** Judges a yes/no ballot on a sole candidate (R4.8); a rejection retries only if R4.9 lowers the bar. */
export function judgeYesNo(p: ElectionProgress, got: Ranked, t: Threshold, rules: RuleSet, rng: RngState): Verdict {
  const base = { eliminated: [], tieBreaks: [], tieBallots: 0, rng, paper: [got.id] };
  if (got.votes >= t.required) {
    const text = `${got.id} is elected with ${got.votes} yes votes (${t.required} required)`;
    return { ...base, outcome: 'elected', elected: [got.id], trail: [{ citation: t.citation, text }], seatVacated: null };
  }
  const ballot = p.seatBallot + 1;
  if (p.post === 'president' && hasLowerMajorityLater(p.post, ballot, rules)) {
    const text = `${got.id} has ${got.votes} of ${t.required}; a later ballot needs a lower majority`;
    return { ...base, outcome: 'rejected', elected: [], trail: [{ citation: t.citation, text }], seatVacated: null };
  }
  const reason = `the sole candidate ${got.id} did not obtain the required majority (${got.votes} of ${t.required})`;
  const trail = [{ citation: t.citation, text: `${reason}; the seat stays vacant` }];
  return { ...base, outcome: 'rejected', elected: [], paper: [], trail, seatVacated: reason };
}

/**
 * Judges a ballot between two or more candidates: those with the majority are elected (the top
 * `seats` of them); a tie for the last place, or two candidates tied, goes to extra ballots and
 * then lots (R4.11); otherwise the field narrows (Q5, Q6).
 */
export function judgeCandidates(
  p: ElectionProgress,
  ranked: readonly Ranked[],
  t: Threshold,
  seats: number,
  rules: RuleSet,
  rng: RngState,
): Verdict {
  const qualifying = ranked.filter((r) => r.votes >= t.required && r.votes > 0);
  const paper = ranked.map((r) => r.id);
  if (qualifying.length > 0 && qualifying.length <= seats) {
    const elected = qualifying.map((r) => r.id);
    const text = `${qualifying.map((r) => `${r.id} with ${r.votes} votes`).join(', ')} reached the ${t.required} votes required and ${qualifying.length === 1 ? 'is' : 'are'} elected`;
    return verdict('elected', elected, paper, [{ citation: t.citation, text }], rng);
  }
  const tieRule = breaksTies(t, rules);
  if (qualifying.length > seats) {
    const line = qualifying[seats - 1]!.votes;
    const above = qualifying.filter((r) => r.votes > line).map((r) => r.id);
    const group = qualifying.filter((r) => r.votes === line).map((r) => r.id);
    if (!tieRule) return inconclusiveTie(group, above, paper, rng);
    return breakTie(p, group, seats - above.length, above, rules, rng);
  }
  if (ranked.length === 2 && ranked[0]!.votes === ranked[1]!.votes) {
    if (!tieRule) return inconclusiveTie(paper, [], paper, rng);
    return breakTie(p, paper, 1, [], rules, rng);
  }
  const ballot = p.seatBallot + 1;
  const cut = eliminate(ranked, { post: p.post, ballot, seats, lots: tieRule }, rules, rng);
  const text = `nobody reached the ${t.required} votes required`;
  const trail = [{ citation: t.citation, text }, ...cut.trail];
  const next = paper.filter((id) => !cut.eliminated.includes(id));
  return { ...verdict('no-majority', [], next, trail, cut.rng), eliminated: cut.eliminated, tieBreaks: cut.tieBreaks };
}

function verdict(outcome: BallotOutcome, elected: readonly CandidateId[], paper: readonly CandidateId[], trail: readonly TrailStep[], rng: RngState): Verdict {
  return { outcome, elected, eliminated: [], tieBreaks: [], trail, paper, tieBallots: 0, seatVacated: null, rng };
}

/**
 * A tie on a ballot that needs two-thirds (R4.9): candidates above the tie are elected, the ballot is
 * otherwise inconclusive; nobody leaves the paper and no lot is drawn (R4.11 applies from the
 * simple-majority ballots on, Q5, Q6).
 */
function inconclusiveTie(group: readonly CandidateId[], above: readonly CandidateId[], paper: readonly CandidateId[], rng: RngState): Verdict {
  const text = `${group.join(' and ')} are tied on a ballot that needs two-thirds: the ballot is inconclusive; no extra ballot or lot while two-thirds is required`;
  return verdict(above.length > 0 ? 'elected' : 'no-majority', above, paper, [{ citation: NO_LOTS, text }], rng);
}

/** Extra ballots between the tied candidates, then lots for the `seats` still open (R4.11). */
function breakTie(
  p: ElectionProgress,
  group: readonly CandidateId[],
  seats: number,
  above: readonly CandidateId[],
  rules: RuleSet,
  rng: RngState,
): Verdict {
  const tieBallots = p.tieBallots + 1;
  if (tieBallots <= rules.elections.tieExtraBallots) {
    const step: TieBreakStep = { kind: 'extra-ballot', candidates: group, purpose: 'elect', citation: TIE };
    const text = `${group.join(' and ')} are tied; an extra ballot is held between them (${tieBallots} of ${rules.elections.tieExtraBallots})`;
    const outcome = above.length > 0 ? 'elected' : 'tie';
    return { ...verdict(outcome, above, [...above, ...group], [{ citation: TIE, text }], rng), tieBreaks: [step], tieBallots };
  }
  const tieBreaks: TieBreakStep[] = [];
  let pool = group;
  let state = rng;
  const drawn: CandidateId[] = [];
  for (let i = 0; i < seats; i++) {
    const lot = drawLots(pool, state);
    tieBreaks.push({ kind: 'lots', candidates: pool, drawn: lot.drawn, purpose: 'elect', citation: TIE });
    drawn.push(lot.drawn);
    pool = pool.filter((id) => id !== lot.drawn);
    state = lot.rng;
  }
  const text = `the tie between ${group.join(' and ')} persists; lots elect ${drawn.join(', ')}`;
  return { ...verdict('elected', [...above, ...drawn], group, [{ citation: TIE, text }], state), tieBreaks };
}
