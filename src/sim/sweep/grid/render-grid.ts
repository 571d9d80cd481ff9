import { csvLine, type CsvValue } from '../../csv.js';
import { groupThousands, percent } from '../bar.js';
import { candidateName } from '../labels.js';
import type { GridResult } from './grid-result.js';
import { describePoint } from './describe-point.js';
import { GRID_COLUMNS } from './table.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * A grid as text for a terminal of `width` columns: per seat, one stacked bar per point (each
 * candidate's letter filling its share of the runs, `·` for vacant or not held) with the leading
 * candidates' probabilities and the first one's 95% interval; then each question's adoption at each point.
 */
export function renderGrid(grid: GridResult, width: number): string {
  const points = grid.points;
  const labels = points.map((p) => describePoint(p.values));
  const labelWidth = Math.min(40, Math.max(...labels.map((l) => l.length)));
  const fit = (text: string) => (text.length > labelWidth ? `${text.slice(0, labelWidth - 1)}…` : text.padEnd(labelWidth));
  const cells = Math.max(20, Math.min(50, width - labelWidth - 48));
  const out = [
    `${grid.scenario.title}: grid of ${points.length} point${points.length === 1 ? '' : 's'} × ${groupThousands(grid.runsPerPoint)} runs from seed ${grid.seed}`,
    ...grid.parameters.map((p) => `  ${p.path}: ${p.values.map(String).join(', ')}`),
  ];
  const first = points[0]?.summary;
  for (const [s, seat] of (first?.seats ?? []).entries()) {
    const names = seat.candidates.map((c) => candidateName(c));
    out.push('', `${seat.label}: who wins at each point (${LETTERS[0]}… as below, · vacant or not held)`);
    out.push(`  ${names.map((name, i) => `${LETTERS[i % 26]} ${name}`).join('  ')}`);
    points.forEach((point, index) => {
      const here = point.summary.seats[s];
      if (!here) return;
      let bar = '';
      const shares = seat.candidates.map((c) => here.candidates.find((x) => x.id === c.id)?.wins ?? { p: 0, count: 0, low: 0, high: 0 });
      let filled = 0;
      shares.forEach((e, i) => {
        const upto = Math.round((filled + e.p) * cells);
        bar += LETTERS[i % 26]!.repeat(Math.max(0, upto - bar.length));
        filled += e.p;
      });
      bar = bar.padEnd(cells, '·').slice(0, cells);
      const ranked = shares.map((e, i) => ({ e, i })).filter(({ e }) => e.p >= 0.005).sort((a, b) => b.e.p - a.e.p).slice(0, 3);
      const text = ranked.map(({ e, i }, k) => `${LETTERS[i % 26]} ${percent(e.p)}${k === 0 ? ` (${percent(e.low)}–${percent(e.high)})` : ''}`).join('  ');
      out.push(`  ${fit(labels[index]!)} ${bar}  ${text}`);
    });
  }
  const questions = first?.questions ?? [];
  if (questions.length > 0) {
    out.push('', 'Questions: adopted when put to the vote, at each point', `  ${' '.repeat(labelWidth)} ${labels.map((_, i) => `P${i + 1}`.padStart(7)).join('')}`);
    for (const [q, question] of questions.entries()) {
      out.push(`  ${fit(question.title)} ${points.map((p) => percent(p.summary.questions[q]?.adopted.p ?? 0).padStart(7)).join('')}`);
    }
    out.push(...labels.map((label, i) => `  P${i + 1} ${label}`));
  }
  return `${out.map((line) => line.trimEnd()).join('\n')}\n`;
}

/** The grid's tidy table as CSV: `point`, one column per parameter (its path), then GRID_COLUMNS. */
export function gridToCsv(grid: GridResult): string {
  const header = ['point', ...grid.parameters.map((p) => p.path), ...GRID_COLUMNS];
  return [header.join(','), ...grid.rows.map((row) => csvLine(header.map((column) => row[column] as CsvValue)))].join('\n') + '\n';
}

/** The grid as pretty JSON: parameters, each point's summary, and the tidy table (`rows`). */
export function gridToJson(grid: GridResult): string {
  return `${JSON.stringify(grid, null, 2)}\n`;
}
