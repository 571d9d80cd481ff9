import { bar, groupThousands, percent } from './bar.js';
import type { SweepSummary } from './summarise.js';
import type { Estimate } from './wilson.js';

/**
 * The summary as a text report for a terminal of `width` columns: per seat, each candidate's
 * chance of winning, the vacancy and lots chances and the distribution of the number of ballots;
 * then the adoption rate of each question. Bars use unicode blocks; no colours.
 */
export function renderSummary(summary: SweepSummary, width: number): string {
  const labels = [
    ...summary.seats.flatMap((s) => [...s.candidates.map((c) => c.candidate), 'vacant', 'lots drawn', ...s.ballots.map((b) => `${b.ballots} ballot(s)`)]),
    ...summary.questions.map(questionLabel),
  ];
  const labelWidth = Math.min(40, Math.max(10, ...labels.map((label) => label.length)));
  const cells = Math.max(10, width - labelWidth - 26);
  const line = (label: string, p: number, tail = '') =>
    `  ${label.slice(0, labelWidth).padEnd(labelWidth)} ${bar(p, cells)} ${percent(p).padStart(6)}${tail}`;
  const withInterval = (label: string, e: Estimate) => line(label, e.p, `  ${percent(e.low)}–${percent(e.high)}`);

  const out = [`Sweep of ${groupThousands(summary.runs)} runs · probabilities with 95% Wilson intervals`];
  for (const s of summary.seats) {
    const where = s.region === null ? '' : ` (${s.region})`;
    out.push('', `${s.item} · ${s.post}${where} · seat ${s.seat} · ${groupThousands(s.runs)} runs`);
    for (const c of s.candidates) out.push(withInterval(c.candidate, c));
    out.push(withInterval('vacant', s.vacant), withInterval('lots drawn', s.lots));
    out.push(`  ballots per election (mean ${s.meanBallots.toFixed(2)})`);
    for (const b of s.ballots) out.push(line(`${b.ballots} ballot(s)`, b.p));
  }
  if (summary.questions.length > 0) out.push('', 'Adoption of questions');
  for (const q of summary.questions) out.push(withInterval(questionLabel(q), q.adopted));
  return `${out.join('\n')}\n`;
}

function questionLabel(q: SweepSummary['questions'][number]): string {
  return q.amendment === null ? q.item : `${q.item} / ${q.amendment}`;
}
