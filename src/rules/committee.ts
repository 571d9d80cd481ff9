import type { Candidate, Committee, Post, Seat } from '../domain/election.js';
import { REGIONS, type Region } from '../domain/ids.js';
import type { RuleSet } from './rule-set.js';

export { candidateEligibility } from './eligibility.js';
export { checkComposition } from './committee-composition.js';

/** A seat to fill; `reopenedTermEnds` marks an early vacancy and the term it had left (R4.13). */
export interface SeatTarget {
  readonly post: Post;
  readonly region: Region | null;
  readonly reopenedTermEnds?: number;
}

/** A Delegate seat vacated because its holder moved to another post, to be elected again (Q7). */
export interface ReopenedSeat {
  readonly post: 'delegate';
  readonly region: Region;
  readonly termEnds: number;
}

/** Seats whose term ends at the close of the session of `year` (R1.9). */
export function seatsEndingAt(committee: Committee, year: number): readonly Seat[] {
  return committee.seats.filter((s) => s.termEnds === year);
}

/** Seats that continue after the session of `year` (R1.9). */
export function continuingSeats(committee: Committee, year: number): readonly Seat[] {
  return committee.seats.filter((s) => s.termEnds > year);
}

/** True when the seat is held by the candidate's person (member country and holder name). */
export function isHeldBy(seat: Seat, candidate: Pick<Candidate, 'member' | 'name'>): boolean {
  return seat.member === candidate.member && seat.holder === candidate.name;
}

/**
 * The continents a VP must be elected for after the presidential vote (R4.12, R9.2, Q9): those not
 * covered by the President and the continuing VPs. When more are missing than VP seats are free,
 * the fourth-VP rule elects one more (R1.7); without it only the free seats are filled, in the
 * order of REGIONS. With `distinctContinents` off, free seats take the first regions not yet held.
 * `presidentRegion` null means the President continues and the committee is read for it.
 */
export function vicePresidentRegionsToElect(
  committee: Committee,
  sessionYear: number,
  presidentRegion: Region | null,
  rules: RuleSet,
): readonly Region[] {
  const continuing = continuingSeats(committee, sessionYear);
  const vps = continuing.filter((s) => s.post === 'vice-president');
  const president = presidentRegion ?? continuing.find((s) => s.post === 'president')?.region ?? null;
  const covered = new Set<Region>([...vps.map((s) => s.region), ...(president ? [president] : [])]);
  const missing = REGIONS.filter((r) => !covered.has(r));
  const free = Math.max(0, 3 - vps.length);
  const e = rules.elections;
  if (e.distinctContinents && e.fourthVicePresident && missing.length > free) return missing;
  return missing.slice(0, free);
}

/**
 * Seats an elected candidate: a new term of `terms[post]` years from the close of this session
 * (R1.8; RPGA 49(1), Q23), or the remainder of a reopened seat's term when `vacancyTerm` is
 * 'remainder' (R4.13). Any other seat the person holds is vacated; vacated Delegate seats are
 * reported as reopened when `reopenVacatedSeats` is on (Q7, the 2025 pattern).
 */
export function fillSeat(
  committee: Committee,
  candidate: Candidate,
  target: SeatTarget,
  sessionYear: number,
  rules: RuleSet,
): { committee: Committee; reopened: readonly ReopenedSeat[] } {
  const e = rules.elections;
  const term = target.post === 'vice-president' ? e.terms.vicePresident : e.terms[target.post];
  const remainder = e.vacancyTerm === 'remainder' ? target.reopenedTermEnds : undefined;
  const seat: Seat = {
    post: target.post,
    region: target.region ?? candidate.region,
    holder: candidate.name,
    member: candidate.member,
    elected: sessionYear,
    termEnds: remainder ?? sessionYear + term,
  };
  const vacated = committee.seats.filter((s) => isHeldBy(s, candidate) && s.termEnds > sessionYear);
  const kept = committee.seats.filter((s) => !vacated.includes(s));
  const reopened = e.reopenVacatedSeats
    ? vacated
        .filter((s) => s.post === 'delegate')
        .map((s) => ({ post: 'delegate' as const, region: s.region, termEnds: s.termEnds }))
    : [];
  return { committee: { seats: [...kept, seat] }, reopened };
}

/** The Committee after the close of the session: seats whose term ended there are gone (R1.9, Q23). */
export function committeeAfterSession(committee: Committee, sessionYear: number): Committee {
  return { seats: continuingSeats(committee, sessionYear) };
}
