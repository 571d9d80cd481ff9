import type { Candidate, Committee, Post } from '../../domain/election.js';
import type { CandidateId, Region } from '../../domain/ids.js';
import type { MemberStanding } from '../../domain/member.js';
import { candidateEligibility, vicePresidentRegionsToElect } from '../committee.js';
import { checkNomination, type Nomination } from '../nominations.js';
import type { RuleSet } from '../rule-set.js';
import { isSuspendedForArrears } from '../voting-rights.js';

// The seats an election item fills, and who may stand for each: pure functions over the Committee,
// the nominations and the rules, which the machine calls when an election item opens and at each seat.

/** A seat to fill in an election item. */
export interface ElectionTarget {
  readonly post: Post;
  readonly region: Region | null;
  readonly seats: number;
  readonly reopened: boolean;
  /** For a seat vacated before its term ended (R4.13, Q7): the year that term would have ended. */
  readonly termEnds?: number;
}

/** What an election item says of its seats (the scenario's election item, read structurally). */
export interface SeatsAsked {
  readonly post: Post;
  readonly region?: Region | 'auto' | undefined;
  readonly seats: number;
  readonly contingent: boolean;
  readonly earlyVacancy?: { readonly termEnds: number } | undefined;
}

/** A nomination as the Elections Board receives it (R4.2–R4.6), before its scrutiny. */
export interface ReceivedNomination {
  readonly candidate: Candidate;
  /** Days between receipt and the opening of the session (R4.2), or null when not given. */
  readonly receivedDaysBeforeOpening: number | null;
  readonly inDelegation: boolean;
  readonly acceptedInWriting: boolean;
}

/** A nominee left off a seat's ballot paper, with the reason and the rule (R4.2–R4.6, R8.4, Q18). */
export interface NomineeExclusion {
  readonly candidate: CandidateId;
  readonly reason: string;
  readonly rule: string;
}

/** The seats an election item fills, from the Committee as it stands now (Q7, Q8, Q9, R1.7). */
export function seatsToFill(item: SeatsAsked, committee: Committee, reopened: readonly { readonly post: Post; readonly region: Region; readonly termEnds: number }[], year: number, rules: RuleSet): ElectionTarget[] {
  // a seat vacated before the end of its term (R4.13): the term it had left, for vacancyTerm 'remainder'
  const early = item.earlyVacancy ? { termEnds: item.earlyVacancy.termEnds } : {};
  if (item.post === 'president') return [{ post: 'president', region: null, seats: 1, reopened: false, ...early }];
  if (item.post === 'vice-president') {
    const regions =
      item.region === 'auto' || item.region === undefined
        ? vicePresidentRegionsToElect(committee, year, null, rules)
        : [item.region];
    return regions.map((region) => ({ post: 'vice-president', region, seats: 1, reopened: false, ...early }));
  }
  const region = item.region === 'auto' || item.region === undefined ? null : item.region;
  const open = item.contingent ? reopened.filter((s) => s.post === 'delegate' && s.region === region) : [];
  const seats = Math.min(item.contingent ? open.length : item.seats, item.seats);
  if (seats === 0) return [];
  if (rules.elections.delegateBallot === 'multi-seat') return [{ post: 'delegate', region, seats, reopened: item.contingent, ...early }];
  // a reopened seat keeps the term its holder had left (Q7, R4.13)
  return Array.from({ length: seats }, (_, k) => ({ post: 'delegate' as const, region, seats: 1, reopened: item.contingent, ...(open[k] ? { termEnds: open[k]!.termEnds } : early) }));
}

/** A nomination as the Elections Board scrutinises it for a seat (R4.2–R4.6, R8.4, Q18). */
export function nominationFor(n: ReceivedNomination, target: Pick<ElectionTarget, 'post' | 'region'>, standings: readonly MemberStanding[], rules: RuleSet): Nomination {
  const nominator = standings.find((s) => s.code === n.candidate.nominatedBy);
  return {
    candidate: n.candidate,
    post: target.post,
    region: target.region,
    // a nomination with no date given is taken as received in time
    receivedDaysBeforeOpening: n.receivedDaysBeforeOpening ?? rules.elections.nominationDeadlineDays,
    inDelegation: n.inDelegation,
    nominatorSuspended: nominator ? isSuspendedForArrears(nominator.finances, rules) : true,
    acceptedInWriting: n.acceptedInWriting,
  };
}

/** Where a seat's election stands when its paper is drawn up. */
export interface SeatSituation {
  readonly nominations: readonly ReceivedNomination[];
  /** Nominees already elected to an earlier seat of the item, with that seat's number. */
  readonly elected: ReadonlyMap<CandidateId, number>;
  readonly withdrawn: readonly CandidateId[];
  /** The Committee at the opening of the session (the nominations' scrutiny) and as it stands now (eligibility). */
  readonly committeeAtOpening: Committee;
  readonly committee: Committee;
  readonly standings: readonly MemberStanding[];
  readonly year: number;
}

/**
 * Candidates the Elections Board listed (R4.6) who may still take this seat (R1.5–R1.8), and every
 * other nominee with the reason it is not on the paper.
 */
export function nomineesFor(target: ElectionTarget, at: SeatSituation, rules: RuleSet): { valid: Candidate[]; excluded: NomineeExclusion[] } {
  const excluded: NomineeExclusion[] = [];
  const valid: Candidate[] = [];
  for (const n of at.nominations) {
    const c = n.candidate;
    const seat = at.elected.get(c.id);
    if (seat !== undefined) {
      excluded.push({ candidate: c.id, reason: `already elected to seat ${seat} of this election`, rule: 'R4.8' });
      continue;
    }
    if (at.withdrawn.includes(c.id)) {
      excluded.push({ candidate: c.id, reason: 'withdrew', rule: 'R6.6' });
      continue;
    }
    const scrutiny = checkNomination(
      nominationFor(n, target, at.standings, rules),
      { committee: at.committeeAtOpening, sessionYear: at.year },
      rules,
    );
    const first = scrutiny.problems[0];
    if (!scrutiny.valid && first) {
      excluded.push({ candidate: c.id, reason: first.text, rule: first.citation.rule });
      continue;
    }
    const eligibility = candidateEligibility(at.committee, c, { post: target.post, region: target.region }, at.year, rules);
    if (!eligibility.eligible) {
      excluded.push({ candidate: c.id, reason: eligibility.reason ?? 'not eligible', rule: eligibility.citation?.rule ?? '' });
      continue;
    }
    valid.push(c);
  }
  return { valid, excluded };
}
