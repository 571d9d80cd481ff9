import { withNames } from '../domain/person-name.js';
import type { BallotOutcome, BallotRound, Committee } from '../domain/election.js';
import { checkNomination, type Nomination } from '../rules/nominations.js';
import type { RuleSet } from '../rules/rule-set.js';
import { MAJORITY_LABELS } from './describe.js';
import type { Question } from './question.js';

const OUTCOME_LABELS: Readonly<Record<BallotOutcome, string>> = {
  elected: 'a candidate is elected',
  'no-majority': 'no majority: a further ballot',
  tie: 'a tie: an extra ballot or lots',
  rejected: 'the sole candidate is rejected',
  vacant: 'the seat stays vacant',
};

const OUTCOMES = Object.keys(OUTCOME_LABELS) as BallotOutcome[];

function describeRound(round: BallotRound, names: Readonly<Record<string, string>>): string {
  const counts = round.yesNo
    ? `${round.yesNo.yes} yes, ${round.yesNo.no} no for ${names[round.candidates[0]!] ?? round.candidates[0]}`
    : round.announcement.counts.map((c) => `${names[c.label] ?? c.label} ${c.votes}`).join(', ');
  const { abstentions, invalid, entitled } = round.announcement;
  return `${counts}; ${abstentions} abstentions, ${invalid} invalid papers, ${entitled} entitled`;
}

/** What follows an election ballot: elected, a further ballot, lots or a vacancy, from `BallotRound.outcome` (R4.9–R4.11). */
export function electionRoundQuestion(round: BallotRound, names: Readonly<Record<string, string>> = {}, id = `round/${round.ballot}`): Question {
  const last = round.trail[round.trail.length - 1];
  const decisive = round.tieBreaks[round.tieBreaks.length - 1]?.citation ?? last?.citation ?? round.threshold.citation;
  return {
    id,
    topic: 'elections',
    prompt: `Ballot ${round.ballot} needs a ${MAJORITY_LABELS[round.threshold.majority]}: ${describeRound(round, names)}. What follows?`,
    kind: 'choice',
    choices: OUTCOMES.map((key) => ({ key, label: OUTCOME_LABELS[key] })),
    answer: round.outcome,
    explanation: {
      text: withNames(round.trail.map((t) => t.text).join('; '), Object.entries(names).map(([id, name]) => ({ id, name, displayName: name }))),
      citation: decisive,
      arithmetic: round.threshold.arithmetic,
    },
  };
}

/** Is this nomination valid? From `checkNomination`: every problem with its rule (R4.2–R4.6). */
export function nominationQuestion(
  nomination: Nomination,
  ctx: { committee: Committee; sessionYear: number },
  rules: RuleSet,
  id = `nomination/${nomination.candidate.id}`,
): Question {
  const check = checkNomination(nomination, ctx, rules);
  const n = nomination;
  const facts = [
    `received ${n.receivedDaysBeforeOpening} days before the opening`,
    n.nominatorSuspended ? `nominated by ${n.candidate.nominatedBy}, whose voting rights are suspended` : `nominated by ${n.candidate.nominatedBy}`,
    n.inDelegation ? 'in the delegation' : 'not in the delegation',
    n.acceptedInWriting === false ? 'no written acceptance' : 'accepted in writing',
  ];
  const first = check.problems[0];
  return {
    id,
    topic: 'elections',
    prompt: `${n.candidate.name} (${n.candidate.member}, ${n.candidate.region}) for ${n.post}${n.region ? ` (${n.region})` : ''}: ${facts.join('; ')}. Is the nomination valid?`,
    kind: 'choice',
    choices: [
      { key: 'valid', label: 'valid' },
      { key: 'invalid', label: 'invalid' },
    ],
    answer: check.valid ? 'valid' : 'invalid',
    explanation: first
      ? { text: check.problems.map((p) => p.text).join('; '), citation: first.citation }
      : { text: 'deadline met, nominee in the delegation and eligible: valid', citation: { rule: 'R4.6', source: 'RPGA Arts 46, 47' } },
  };
}
