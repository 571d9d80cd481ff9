import { bar, groupThousands, percent } from './bar.js';
import { candidateName } from './labels.js';
import { sparkline } from './share.js';
import type { SeatSummary, SweepSummary } from './summarise.js';
import type { Estimate } from './wilson.js';

const MAX_LABEL = 44;

/**
 * The summary as a text report for a terminal of `width` columns, in names (never ids): per seat,
 * every nominee's chance of winning with its 95% interval (a candidate who never wins shows its upper
 * bound), the seat held but vacant, not held and why, lots, the number of ballots, and each
 * candidate's share of the votes expressed on the decisive ballot; then the adoption of each
 * question. Bars use unicode blocks; no colours.
 */
export function renderSummary(summary: SweepSummary, width: number): string {
  const labels = [
    ...summary.seats.flatMap((s) => [...s.candidates.map(candidateName), 'vacant (held, nobody elected)']),
    ...summary.questions.map((q) => q.title),
  ];
  const labelWidth = Math.min(MAX_LABEL, Math.max(16, ...labels.map((label) => label.length)));
  const cells = Math.max(10, width - labelWidth - 24);
  const fit = (label: string) => (label.length > labelWidth ? `${label.slice(0, labelWidth - 1)}…` : label.padEnd(labelWidth));
  const line = (label: string, p: number, tail = '') => `  ${fit(label)} ${bar(p, cells)} ${percent(p).padStart(6)}${tail}`;
  const withInterval = (label: string, e: Estimate) => line(label, e.p, `  ${percent(e.low)}–${percent(e.high)}`);

  const out = [`${summary.scenario.title}: ${groupThousands(summary.runs)} runs from seed ${summary.seed}`, 'Probabilities over all runs, with 95% Wilson intervals'];
  for (const s of summary.seats) {
    out.push('', `${s.label} · held in ${percent(1 - s.notHeld.p)} of runs`);
    for (const c of s.candidates) out.push(withInterval(candidateName(c), c.wins));
    out.push(withInterval('vacant (held, nobody elected)', s.vacant), withInterval('not held', s.notHeld));
    for (const r of s.notHeldReasons) out.push(`    ${r.label}: ${percent(r.count / Math.max(1, s.runs))}`);
    out.push(withInterval('lots drawn', s.lots));
    if (s.ballots.length > 0) {
      out.push(`  ballots when held (mean ${s.meanBallots.toFixed(2)})`);
      for (const b of s.ballots) out.push(line(`${b.ballots} ballot${b.ballots === 1 ? '' : 's'}`, b.p));
    }
    out.push(...renderShares(s, fit));
  }
  if (summary.questions.length > 0) out.push('', 'Questions: adopted when put to the vote');
  for (const q of summary.questions) {
    out.push(withInterval(q.title, q.adopted) + (q.put.count < q.runs ? `  (put in ${percent(q.put.p)} of runs)` : ''));
  }
  return `${out.map((row) => row.trimEnd()).join('\n')}\n`;
}

/** The vote-share table of a seat: quantiles in whole percent and a sparkline of the histogram. */
function renderShares(s: SeatSummary, fit: (label: string) => string): string[] {
  const shown = s.candidates.filter((c) => c.share !== null);
  if (shown.length === 0) return [];
  const from = Math.min(...shown.map((c) => c.share!.histogram[0]!.percent));
  const to = Math.max(...shown.map((c) => c.share!.histogram.at(-1)!.percent));
  const step = Math.max(1, Math.ceil((to - from + 1) / 30));
  const pct = (n: number) => `${n}%`.padStart(5);
  const out = [
    '  share of the votes expressed on the decisive ballot (the one that filled the seat, else the last)',
    `  ${fit('')} on ballot    p5   p25   med   p75   p95  ${from}%…${to}%`,
  ];
  for (const c of shown) {
    const { p5, p25, p50, p75, p95 } = c.share!.quantiles;
    out.push(`  ${fit(candidateName(c))} ${percent(c.onDecisiveBallot.p).padStart(9)} ${[p5, p25, p50, p75, p95].map(pct).join(' ')}  ${sparkline(c.share!, from, to, step)}`);
  }
  return out;
}
