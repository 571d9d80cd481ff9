import type { Question } from './question.js';

/** A question as printed by the headless drill and training: header, prompt, numbered choices. */
export function formatQuestion(q: Question, i: number, total: number | null): string {
  const choices = (q.choices ?? []).map((c, n) => `  ${n + 1}) ${c.label}`);
  const count = total === null ? `${i + 1}` : `${i + 1}/${total}`;
  return [`Question ${count} · ${q.topic}`, q.prompt, ...choices].join('\n') + '\n';
}
