import type { Citation } from '../../domain/ids.js';
import type { AnnouncedCount, Announcement, MajorityRule, Threshold } from '../../domain/vote.js';
import type { RuleSet } from '../rule-set.js';

/** The counts a ballot threshold is computed from. `valid` is the sum of votes for the choices. */
export interface BallotBase {
  readonly entitled: number;
  readonly abstain: number;
  readonly invalid: number;
  readonly valid: number;
  /** Votes of the best choice after the leader (the "no" votes on a yes/no ballot); used by plurality. */
  readonly runnerUp: number;
}

/**
 * The votes a ballot needs under a majority rule, in integer arithmetic: simple = floor(base/2)+1
 * (Q4, absolute majority of votes expressed), two-thirds = smallest n with 3n >= 2*base (Q3),
 * plurality = one more than the runner-up. Abstentions and invalid papers join the base only when
 * `counting.abstentionsInBase` / `counting.invalidInBase` say so (R2.3, Q14).
 */
export function ballotThreshold(
  majority: MajorityRule,
  counts: BallotBase,
  rules: RuleSet,
  citation: Citation,
): Threshold {
  const allMembers = majority === 'two-thirds-all-members' || majority === 'majority-all-members';
  const { base, baseLabel } = allMembers
    ? { base: counts.entitled, baseLabel: 'countries entitled to vote' }
    : expressedBase(counts, rules);
  const required = requiredVotes(majority, base, counts.runnerUp);
  const arithmetic =
    majority === 'plurality'
      ? `plurality: one more than the runner-up's ${counts.runnerUp} is ${required}`
      : `${describe(majority)} of ${base} ${baseLabel} is ${required}`;
  return { majority, base, baseLabel, required, arithmetic, citation };
}

function expressedBase(counts: BallotBase, rules: RuleSet): { base: number; baseLabel: string } {
  const withAbstain = rules.counting.abstentionsInBase;
  const withInvalid = rules.counting.invalidInBase;
  const base =
    counts.valid + (withAbstain ? counts.abstain : 0) + (withInvalid ? counts.invalid : 0);
  const extras = [withAbstain ? 'abstentions' : '', withInvalid ? 'invalid papers' : ''].filter(Boolean);
  const baseLabel = extras.length === 0 ? 'votes expressed' : `votes expressed plus ${extras.join(' and ')}`;
  return { base, baseLabel };
}

function requiredVotes(majority: MajorityRule, base: number, runnerUp: number): number {
  switch (majority) {
    case 'simple':
    case 'majority-all-members':
      return Math.floor(base / 2) + 1;
    case 'two-thirds-present-voting':
    case 'two-thirds-all-members':
      // smallest n with 3n >= 2*base; at least one vote, so an empty ballot elects nobody
      return Math.max(1, Math.floor((2 * base + 2) / 3));
    case 'plurality':
      return runnerUp + 1;
  }
}

function describe(majority: MajorityRule): string {
  return majority.startsWith('two-thirds') ? 'two-thirds' : 'an absolute majority';
}

/**
 * The announcement of a ballot in the order of R3.7 (RPGA Art 40(4)): entitled, abstentions,
 * invalid, expressed, majority required, then the counts (candidates already in decreasing order).
 */
export function announceBallot(
  counts: BallotBase,
  ordered: readonly AnnouncedCount[],
  threshold: Threshold,
): Announcement {
  const got = ordered[0]?.votes ?? 0;
  return {
    entitled: counts.entitled,
    abstentions: counts.abstain,
    invalid: counts.invalid,
    expressed: counts.valid,
    majorityRequired: threshold.required,
    counts: ordered,
    needed: threshold.required,
    got,
    missing: Math.max(0, threshold.required - got),
  };
}
