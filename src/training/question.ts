import type { Citation } from '../domain/ids.js';

/** What a decision point trains; the debrief scores by topic. */
export type Topic = 'majorities' | 'elections' | 'eligibility' | 'motions' | 'procedure';

export const TOPICS: readonly Topic[] = ['majorities', 'elections', 'eligibility', 'motions', 'procedure'];

export interface Choice {
  readonly key: string;
  readonly label: string;
}

/** Why the expected answer is right: the rule, its citation and, where there is one, the arithmetic. */
export interface Explanation {
  readonly text: string;
  readonly citation: Citation;
  readonly arithmetic?: string;
}

/**
 * One decision a trainee takes. The expected answer is always computed by the rules core or the
 * autopilot, never written by hand: a choice key, or a number to type.
 */
export interface Question {
  readonly id: string;
  readonly topic: Topic;
  readonly prompt: string;
  readonly kind: 'choice' | 'number';
  readonly choices?: readonly Choice[];
  readonly answer: string | number;
  readonly explanation: Explanation;
}

/** The citation as printed in feedback and reports, e.g. "R2.5, RPGA Art 38(2); Q3". */
export function formatCitation(citation: Citation): string {
  return `${citation.rule}, ${citation.source}`;
}

/** The label of a choice key, or the key itself when the question has no such choice. */
export function labelOf(question: Question, key: string | number): string {
  if (question.kind === 'number') return String(key);
  return question.choices?.find((c) => c.key === key)?.label ?? String(key);
}
