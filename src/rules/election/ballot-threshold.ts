import type { Citation } from '../../domain/ids.js';
import type { MajorityRule, Threshold } from '../../domain/vote.js';
import type { RuleSet } from '../rule-set.js';
import { expressedBaseLabel, isAllMembersMajority, thresholdFor } from '../threshold.js';

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
 * R4.9, R4.10, Q3, Q4: the votes a ballot needs under a majority rule, through the one threshold
 * core (`thresholdFor`). Abstentions and invalid papers join the base only when
 * `counting.abstentionsInBase` / `counting.invalidInBase` say so (R2.3, Q14).
 */
export function ballotThreshold(
  majority: MajorityRule,
  counts: BallotBase,
  rules: RuleSet,
  citation: Citation,
  ctx: { readonly totalMembers?: number } = {},
): Threshold {
  const withAbstain = rules.counting.abstentionsInBase ? counts.abstain : 0;
  const withInvalid = rules.counting.invalidInBase ? counts.invalid : 0;
  // without the membership an all-members majority is counted on the electorate of the ballot;
  // elections never use these majorities by default (R4.9, R4.10)
  const members = isAllMembersMajority(majority) && ctx.totalMembers === undefined;
  const from = members
    ? { base: counts.entitled, baseLabel: 'countries entitled to vote' }
    : { base: counts.valid + withAbstain + withInvalid, baseLabel: expressedBaseLabel(rules), ...ctx };
  return thresholdFor(majority, { ...from, runnerUp: counts.runnerUp, runnerUpLabel: 'for the runner-up' }, citation);
}
