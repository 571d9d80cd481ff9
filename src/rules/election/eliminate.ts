import type { Post, TieBreakStep } from '../../domain/election.js';
import type { CandidateId } from '../../domain/ids.js';
import type { TrailStep } from '../../domain/vote.js';
import type { RngState } from '../../random/seeded-rng.js';
import type { RuleSet } from '../rule-set.js';
import { drawLots } from '../tie-break.js';
import type { Ranked } from './read-ballot.js';

/** Who leaves the paper after an inconclusive ballot, with the lots drawn and the reasoning. */
export interface Elimination {
  readonly eliminated: readonly CandidateId[];
  readonly tieBreaks: readonly TieBreakStep[];
  readonly trail: readonly TrailStep[];
  readonly rng: RngState;
}

const LOTS = { rule: 'R4.11', source: 'GR Art 23 §2' };

/**
 * Narrows the field after a ballot without a winner (Q5): `drop-lowest` drops the lowest candidate
 * (RPEC 7(7)(b)), `top-two` keeps the seats+1 leaders (UN rule 93), `none` keeps everyone.
 * Presidential candidates stay on the paper until ballot `presidentEliminationFromBallot` (Q6).
 * Ties on the cut line are broken by lots, each recorded with purpose 'eliminate' (drawn = dropped).
 */
export function eliminate(
  ranked: readonly Ranked[],
  context: { post: Post; ballot: number; seats: number; /** false on a two-thirds ballot (R4.9): no lot drawn */ lots?: boolean },
  rules: RuleSet,
  rng: RngState,
): Elimination {
  const e = rules.elections;
  if (context.post === 'president' && context.ballot < e.presidentEliminationFromBallot) {
    const text = `no presidential candidate is dropped before ballot ${e.presidentEliminationFromBallot}`;
    return keepAll(text, { rule: 'Q6', source: 'project default' }, rng);
  }
  if (e.elimination === 'none') {
    return keepAll('the rules drop nobody between ballots', { rule: 'Q5', source: 'rule set' }, rng);
  }
  const keep = e.elimination === 'drop-lowest' ? ranked.length - 1 : context.seats + 1;
  if (ranked.length <= 1 || keep >= ranked.length) {
    return keepAll('the field is already as narrow as the rule allows', { rule: 'Q5', source: 'project default' }, rng);
  }
  const citation =
    e.elimination === 'drop-lowest'
      ? { rule: 'Q5', source: 'RPEC Art 7(7)(b)' }
      : { rule: 'Q5', source: 'UN GA rule 93' };
  return cutAt(ranked, keep, citation, rng, context.lots ?? true);
}

function keepAll(text: string, citation: TrailStep['citation'], rng: RngState): Elimination {
  return { eliminated: [], tieBreaks: [], trail: [{ citation, text }], rng };
}

/**
 * Keeps `keep` candidates, drawing lots among those tied on the cut line; without lots (a two-thirds
 * ballot, R4.9) everyone tied on the line stays.
 */
function cutAt(ranked: readonly Ranked[], keep: number, citation: TrailStep['citation'], rng: RngState, lots: boolean): Elimination {
  const line = ranked[keep - 1]!.votes;
  const below = ranked.filter((r) => r.votes < line).map((r) => r.id);
  let onLine = ranked.filter((r) => r.votes === line).map((r) => r.id);
  const slots = keep - ranked.filter((r) => r.votes > line).length;
  if (!lots && onLine.length > slots) {
    if (below.length === 0) return keepAll(`${onLine.join(' and ')} are tied at the bottom; no lot is drawn while two-thirds is required, so nobody is dropped`, { rule: 'R4.9', source: 'CONST Art 16 §2 (R4.11, Q5)' }, rng);
    onLine = [];
  }
  const eliminated = [...below];
  const tieBreaks: TieBreakStep[] = [];
  let state = rng;
  while (onLine.length > slots) {
    const lot = drawLots(onLine, state);
    tieBreaks.push({ kind: 'lots', candidates: onLine, drawn: lot.drawn, purpose: 'eliminate', citation: LOTS });
    eliminated.push(lot.drawn);
    onLine = onLine.filter((id) => id !== lot.drawn);
    state = lot.rng;
  }
  const text = `${eliminated.join(', ')} ${eliminated.length === 1 ? 'is' : 'are'} dropped from the next ballot`;
  return { eliminated, tieBreaks, trail: [{ citation, text }], rng: state };
}
