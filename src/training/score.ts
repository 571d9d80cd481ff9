import { formatCitation, labelOf, type Question } from './question.js';

/** A trainee's answer as typed: a choice key, a choice number (1-based), or a number. */
export type GivenAnswer = string;

export interface ScoredAnswer {
  readonly questionId: string;
  readonly correct: boolean;
  /** The answer normalised to a choice key or a number; null when it could not be read or none was given. */
  readonly given: string | number | null;
  /** True when no answer was given (the scripted answers ran out, or an empty line). */
  readonly unanswered?: boolean;
  readonly elapsedMs: number;
  /** Right or wrong, then the rule, its citation and the arithmetic. */
  readonly feedback: string;
}

/** Reads a typed answer: a choice key or its 1-based number, or an integer for a number question. */
export function readAnswer(question: Question, raw: GivenAnswer): string | number | null {
  const text = raw.trim();
  if (question.kind === 'number') return /^-?\d+$/.test(text) ? Number(text) : null;
  const choices = question.choices ?? [];
  const byKey = choices.find((c) => c.key.toLowerCase() === text.toLowerCase());
  if (byKey) return byKey.key;
  const index = /^\d+$/.test(text) ? Number(text) - 1 : -1;
  return choices[index]?.key ?? null;
}

/** The explanation as feedback lines: rule text, arithmetic, citation. */
export function explain(question: Question): string {
  const { text, arithmetic, citation } = question.explanation;
  const lines = [text];
  if (arithmetic !== undefined && !text.includes(arithmetic)) lines.push(arithmetic);
  lines.push(`(${formatCitation(citation)})`);
  return lines.join('\n');
}

/** Scores one answer: right or wrong at once, with the rule, its citation and the arithmetic. */
export function scoreAnswer(question: Question, raw: GivenAnswer, elapsedMs: number): ScoredAnswer {
  const given = readAnswer(question, raw);
  const correct = given !== null && given === question.answer;
  const expected = labelOf(question, question.answer);
  const head = correct
    ? `✔ Right: ${expected}.`
    : raw.trim() === ''
      ? `✖ Unanswered: the answer is ${expected}.`
      : `✖ Wrong: you answered ${given === null ? `'${raw.trim()}' (not one of the choices)` : labelOf(question, given)}; the answer is ${expected}.`;
  return { questionId: question.id, correct, given, elapsedMs, ...(raw.trim() === '' ? { unanswered: true } : {}), feedback: `${head}\n${explain(question)}` };
}
