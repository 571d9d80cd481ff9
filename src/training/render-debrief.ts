import { mapStrings, markdownText } from '../domain/safe-text.js';
import type { Debrief } from './debrief.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const percent = (correct: number, asked: number) => (asked === 0 ? '—' : `${Math.round((100 * correct) / asked)}%`);

/** The debrief for the terminal: score, score by topic, time, then each mistake on a few lines. */
export function renderDebriefText(d: Debrief): string {
  const lines = [
    `Score: ${d.correct}/${d.asked} (${percent(d.correct, d.asked)})${d.unanswered > 0 ? `; ${d.unanswered} unanswered` : ''}`,
    ...d.byTopic.map((t) => `  ${t.topic.padEnd(12)} ${t.correct}/${t.asked}`),
    `Time per decision: median ${seconds(d.time.medianMs)}, max ${seconds(d.time.maxMs)}; total ${seconds(d.time.totalMs)}`,
  ];
  if (d.mistakes.length === 0) return [...lines, 'No mistakes.'].join('\n') + '\n';
  lines.push(`Mistakes (${d.mistakes.length}):`);
  for (const m of d.mistakes) {
    lines.push(`  Question ${m.number} (${m.topic}): ${m.given === '(unanswered)' ? 'unanswered' : `you answered ${m.given}`}; the answer is ${m.expected}`);
    lines.push(`    ${m.rule} (${m.citation})`);
  }
  return lines.join('\n') + '\n';
}

/** The debrief as a Markdown report the trainer can keep (`--report FILE`); names, titles and answers Markdown-neutralised (issue 18). */
export function renderDebriefMarkdown(debrief: Debrief, rawTitle = 'gasim training debrief'): string {
  const d = mapStrings(debrief, markdownText);
  const title = markdownText(rawTitle);
  const lines = [
    `# ${title}`,
    '',
    `**Score:** ${d.correct}/${d.asked} (${percent(d.correct, d.asked)})${d.unanswered > 0 ? `; ${d.unanswered} unanswered` : ''}`,
    '',
    '| Topic | Correct | Asked |',
    '|---|---:|---:|',
    ...d.byTopic.map((t) => `| ${t.topic} | ${t.correct} | ${t.asked} |`),
    '',
    `**Time per decision:** median ${seconds(d.time.medianMs)}, max ${seconds(d.time.maxMs)}; total ${seconds(d.time.totalMs)}`,
    '',
    '## Mistakes',
    '',
  ];
  if (d.mistakes.length === 0) lines.push('None.');
  for (const m of d.mistakes) {
    lines.push(`### Question ${m.number} (${m.topic})`, '', m.prompt, '', `- Answered: ${m.given}`, `- Expected: ${m.expected}`, `- Rule: ${m.rule}`);
    if (m.arithmetic !== undefined && !m.rule.includes(m.arithmetic)) lines.push(`- Arithmetic: ${m.arithmetic}`);
    lines.push(`- Citation: ${m.citation}`, '');
  }
  return lines.join('\n').trimEnd() + '\n';
}
