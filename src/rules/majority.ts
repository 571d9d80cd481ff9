import type { AnnouncedCount, Announcement, MajorityRule, QuestionResult, Tally, Threshold, TrailStep } from '../domain/vote.js';
import { buildAnnouncement } from './announcement.js';
import { MAJORITY_CITATIONS, QUESTION_CITATIONS, TIE_CITATION } from './question-citations.js';
import type { QuestionKind, RuleSet } from './rule-set.js';
import { expressedVotes } from './tally.js';
import { expressedBaseLabel, thresholdFor } from './threshold.js';

/** R2.2–R2.6: the majority the rule set requires for a kind of question. */
export function majorityFor(question: QuestionKind, rules: RuleSet): MajorityRule {
  return rules.majorities[question];
}

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
  const from = { base: expressedVotes(tally, rules), baseLabel: expressedBaseLabel(rules), runnerUp: tally.no, totalMembers: ctx.totalMembers };
  return thresholdFor(majority, from, MAJORITY_CITATIONS[majority]);
}

function announce(tally: Tally, threshold: Threshold, rules: RuleSet): Announcement {
  const yes: AnnouncedCount = { label: 'yes', votes: tally.yes };
  const no: AnnouncedCount = { label: 'no', votes: tally.no };
  // R3.7 lists yes and no; they are given in decreasing order like candidates, yes first on a tie
  const counts = tally.no > tally.yes ? [no, yes] : [yes, no];
  return buildAnnouncement({ ...tally, expressed: expressedVotes(tally, rules) }, counts, threshold, tally.yes);
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
