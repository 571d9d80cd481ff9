import { MajorityRuleSchema, type MajorityRule, type Tally } from '../domain/vote.js';

/** How each majority reads in a prompt or a choice (labels only; answers come from the rules core). */
export const MAJORITY_LABELS: Readonly<Record<MajorityRule, string>> = {
  simple: 'simple majority of votes expressed',
  'two-thirds-present-voting': 'two-thirds majority of members present and voting',
  'two-thirds-all-members': 'two-thirds majority of all Members of the Organization',
  'majority-all-members': 'majority of all Members of the Organization',
  plurality: 'plurality (most votes)',
};

/** The majority kinds, in the order of their one declaration (`MajorityRuleSchema`). */
export const MAJORITY_RULES: readonly MajorityRule[] = MajorityRuleSchema.options;

/** "84 yes, 60 no, 4 abstentions, 2 invalid papers; 170 entitled to vote". */
export function describeTally(tally: Tally): string {
  return `${tally.yes} yes, ${tally.no} no, ${count(tally.abstain, 'abstention')}, ${count(tally.invalid, 'invalid paper')}; ${tally.entitled} entitled to vote`;
}

/** "1 abstention", "4 abstentions". */
export function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A question kind in words: `constitutionAmendment` → "constitution amendment". */
export function describeQuestionKind(kind: string): string {
  return kind.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
}
