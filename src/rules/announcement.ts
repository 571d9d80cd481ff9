import type { AnnouncedCount, Announcement, Threshold } from '../domain/vote.js';

/** The counts announced before the choices (R3.7). */
export interface AnnouncedTotals {
  readonly entitled: number;
  readonly abstain: number;
  readonly invalid: number;
  readonly expressed: number;
}

/**
 * R3.7, RPGA Art 40(4): a result in announcement order: entitled, abstentions, invalid, expressed,
 * majority required, the choices in the order given, then needed / got / missing. `got` defaults to
 * the first choice's votes (the leader); a proposal passes its yes votes whatever the order.
 */
export function buildAnnouncement(
  totals: AnnouncedTotals,
  counts: readonly AnnouncedCount[],
  threshold: Threshold,
  got: number = counts[0]?.votes ?? 0,
): Announcement {
  return {
    entitled: totals.entitled,
    abstentions: totals.abstain,
    invalid: totals.invalid,
    expressed: totals.expressed,
    majorityRequired: threshold.required,
    counts,
    needed: threshold.required,
    got,
    missing: Math.max(0, threshold.required - got),
  };
}
