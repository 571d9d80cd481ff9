import type { MajorityRule, Tally } from '../domain/vote.js';

/** How each majority reads in a prompt or a choice (labels only; answers come from the rules core). */
export const MAJORITY_LABELS: Readonly<Record<MajorityRule, string>> = {
  simple: 'simple majority of votes expressed',
  'two-thirds-present-voting': 'two-thirds majority of members present and voting',
  'two-thirds-all-members': 'two-thirds majority of all Members of the Organization',
  'majority-all-members': 'majority of all Members of the Organization',
  plurality: 'plurality (most votes)',
};

export const MAJORITY_RULES = Object.keys(MAJORITY_LABELS) as MajorityRule[];

/** "84 yes, 60 no, 4 abstentions, 2 invalid papers; 170 entitled to vote". */
export function describeTally(tally: Tally): string {
  return `${tally.yes} yes, ${tally.no} no, ${tally.abstain} abstentions, ${tally.invalid} invalid papers; ${tally.entitled} entitled to vote`;
}

/** A question kind in words: `constitutionAmendment` → "constitution amendment". */
export function describeQuestionKind(kind: string): string {
  return kind.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
}
