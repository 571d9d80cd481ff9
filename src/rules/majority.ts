import type { AnnouncedCount, Announcement, MajorityRule, QuestionResult, Tally, Threshold, TrailStep } from '../domain/vote.js';
import { MAJORITY_CITATIONS, QUESTION_CITATIONS, TIE_CITATION } from './question-citations.js';
import type { QuestionKind, RuleSet } from './rule-set.js';
import { expressedVotes } from './tally.js';

/** R2.2–R2.6: the majority the rule set requires for a kind of question. */
export function majorityFor(question: QuestionKind, rules: RuleSet): MajorityRule {
  return rules.majorities[question];
}

function baseLabel(rules: RuleSet): string {
  const extra = [rules.counting.abstentionsInBase && 'abstentions', rules.counting.invalidInBase && 'invalid papers'];
  const added = extra.filter((x): x is string => typeof x === 'string');
  return added.length === 0 ? 'votes expressed' : `votes expressed with ${added.join(' and ')}`;
}

function rawRequired(majority: MajorityRule, base: number, tally: Tally): number {
  switch (majority) {
    case 'simple':
    case 'majority-all-members':
      return Math.floor(base / 2) + 1;
    case 'two-thirds-present-voting':
    case 'two-thirds-all-members':
      return Math.floor((2 * base + 2) / 3); // ceil(2*base/3) in integers, i.e. 3*yes >= 2*base (Q3)
    case 'plurality':
      return tally.no + 1;
  }
}

const PHRASE: Readonly<Record<MajorityRule, string>> = {
  simple: 'a simple majority of',
  'majority-all-members': 'a majority of',
  'two-thirds-present-voting': 'two-thirds of',
  'two-thirds-all-members': 'two-thirds of',
  plurality: 'a plurality of',
};

/**
 * R2.3–R2.6, Q3, Q4: the base and the smallest integer number of yes votes that carries a proposal.
 * The required number is at least 1, so a proposal nobody voted for is rejected (project choice).
 */
export function computeThreshold(
  majority: MajorityRule,
  tally: Tally,
  ctx: { readonly totalMembers: number },
  rules: RuleSet,
): Threshold {
  const allMembers = majority === 'two-thirds-all-members' || majority === 'majority-all-members';
  const base = allMembers ? ctx.totalMembers : expressedVotes(tally, rules);
  const label = allMembers ? 'members of the Organization' : baseLabel(rules);
  const required = Math.max(1, rawRequired(majority, base, tally));
  const arithmetic =
    majority === 'plurality'
      ? `${PHRASE[majority]} ${base} ${label} beats ${tally.no} no, so ${required}`
      : `${PHRASE[majority]} ${base} ${label} is ${required}`;
  return { majority, base, baseLabel: label, required, arithmetic, citation: MAJORITY_CITATIONS[majority] };
}

function announce(tally: Tally, threshold: Threshold, rules: RuleSet): Announcement {
  const yes: AnnouncedCount = { label: 'yes', votes: tally.yes };
  const no: AnnouncedCount = { label: 'no', votes: tally.no };
  return {
    entitled: tally.entitled,
    abstentions: tally.abstain,
    invalid: tally.invalid,
    expressed: expressedVotes(tally, rules),
    majorityRequired: threshold.required,
    // R3.7 lists yes and no; they are given in decreasing order like candidates, yes first on a tie
    counts: tally.no > tally.yes ? [no, yes] : [yes, no],
    needed: threshold.required,
    got: tally.yes,
    missing: Math.max(0, threshold.required - tally.yes),
  };
}

/** R2.2–R2.7, R3.7, Q2–Q4: decides a proposal and explains the decision in announcement order. */
export function decideQuestion(
  tally: Tally,
  question: QuestionKind,
  ctx: { readonly totalMembers: number; readonly majority?: MajorityRule },
  rules: RuleSet,
): QuestionResult {
  const majority = ctx.majority ?? majorityFor(question, rules);
  const threshold = computeThreshold(majority, tally, ctx, rules);
  const tie = tally.yes === tally.no;
  const reached = tally.yes >= threshold.required;
  const decision = reached && !tie ? 'adopted' : 'rejected';
  const trail: TrailStep[] = [
    {
      citation: ctx.majority === undefined ? QUESTION_CITATIONS[question] : threshold.citation,
      text: `${question} needs the ${majority} majority${ctx.majority === undefined ? '' : ' (set for this vote)'}`,
    },
    { citation: threshold.citation, text: threshold.arithmetic },
    {
      citation: threshold.citation,
      text: `${tally.yes} yes ${reached ? '>=' : '<'} ${threshold.required} required, ${tally.no} no`,
    },
  ];
  if (tie) trail.push({ citation: TIE_CITATION, text: `yes and no are equal (${tally.yes}); the proposal is rejected` });
  trail.push({ citation: threshold.citation, text: `the proposal is ${decision}` });
  return { tally, threshold, decision, tie, announcement: announce(tally, threshold, rules), trail };
}
