import { csvLine } from '../../csv.js';
import { groupThousands, percent } from '../bar.js';
import type { Comparison, ComparisonRow } from './compare.js';

const MARK = '◆';

function points(x: number): string {
  const text = (x * 100).toFixed(1);
  return `${x < 0 || Object.is(x, -0) ? '−' : x > 0 ? '+' : ' '}${text.replace('-', '')}`;
}

function mean(x: number, signed = false): string {
  return `${signed ? (x < 0 ? '−' : x > 0 ? '+' : ' ') : ''}${Math.abs(x).toFixed(2)}`;
}

/** Whether a row says something: candidates and means always; other outcomes when they happen under A or B. */
function shown(row: ComparisonRow): boolean {
  if (row.section === 'winner' || row.section === 'mean-ballots' || row.section === 'adoption') return true;
  if (row.section === 'put') return row.a < 1 || row.b < 1;
  return row.a > 0 || row.b > 0;
}

/**
 * A comparison as text: per seat and for the questions, A, B and B − A with its paired 95%
 * interval (percentage points for probabilities), ◆ where the interval excludes zero.
 */
export function renderComparison(c: Comparison, width: number): string {
  const rows = c.rows.filter(shown);
  const labelWidth = Math.min(44, Math.max(20, ...rows.map((r) => r.name.length)));
  const fit = (text: string) => (text.length > labelWidth ? `${text.slice(0, labelWidth - 1)}…` : text.padEnd(labelWidth));
  const out = [
    `A: ${c.a.title} (${c.a.file})`,
    `B: ${c.b.title} (${c.b.file})`,
    `${groupThousands(c.runs)} runs of each on the same seeds from seed ${c.seed} (common random numbers).`,
    `B − A with paired 95% intervals (Newcombe's for probabilities, in percentage points); ${MARK} the interval excludes zero.`,
  ];
  let heading = '';
  for (const row of rows) {
    const head = row.seat === null ? 'Questions (probabilities over all runs)' : row.label;
    if (head !== heading) {
      heading = head;
      out.push('', head, `  ${' '.repeat(labelWidth)} ${'A'.padStart(7)} ${'B'.padStart(7)}   B − A (95% interval)`);
    }
    const isMean = row.section === 'mean-ballots';
    const name = row.section === 'put' ? `put to the vote: ${row.name}` : row.section === 'adoption' ? `adopted: ${row.name}` : row.name;
    const [a, b] = isMean ? [mean(row.a), mean(row.b)] : [percent(row.a), percent(row.b)];
    const d = isMean ? `${mean(row.difference, true)} (${mean(row.low, true)} to ${mean(row.high, true)})` : `${points(row.difference)} pp (${points(row.low)} to ${points(row.high)})`;
    out.push(`  ${fit(name)} ${a.padStart(7)} ${b.padStart(7)}   ${d}${row.excludesZero ? `  ${MARK}` : ''}`);
  }
  void width;
  return `${out.join('\n')}\n`;
}

export const COMPARE_CSV_HEADER = 'section,item,seat,label,key,name,a,b,difference,ci_low,ci_high,excludes_zero';

/** A comparison as one tidy CSV table (every row, ids beside names). */
export function comparisonToCsv(c: Comparison): string {
  const lines = c.rows.map((r) => csvLine([r.section, r.item, r.seat, r.label, r.key, r.name, r.a, r.b, r.difference, r.low, r.high, r.excludesZero]));
  return [COMPARE_CSV_HEADER, ...lines].join('\n') + '\n';
}

/** A comparison as pretty JSON. */
export function comparisonToJson(c: Comparison): string {
  return `${JSON.stringify(c, null, 2)}\n`;
}
