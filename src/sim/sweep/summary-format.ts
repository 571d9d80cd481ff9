import type { SweepSummary } from './summarise.js';
import type { Estimate } from './wilson.js';

/** The summary as pretty JSON (keys in a fixed order: the same summary gives the same bytes). */
export function summaryToJson(summary: SweepSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

export const CSV_HEADER = 'section,item,seat,key,value,ci_low,ci_high';

type Row = readonly [section: string, item: string, seat: string, key: string, value: number, low?: number, high?: number];

/**
 * The summary as tidy long CSV (`section,item,seat,key,value,ci_low,ci_high`): sections `runs`,
 * `winner`, `vacancy`, `lots`, `ballots` (key = number of ballots), `mean-ballots` and `adoption`
 * (key `adopted`, or `amendment:<id>`). Values are the summary's own rounded numbers.
 */
export function summaryToCsv(summary: SweepSummary): string {
  const rows: Row[] = [['runs', '', '', 'runs', summary.runs]];
  const estimate = (section: string, item: string, seat: string, key: string, e: Estimate): Row =>
    [section, item, seat, key, e.p, e.low, e.high];
  for (const s of summary.seats) {
    const seat = String(s.seat);
    for (const c of s.candidates) rows.push(estimate('winner', s.item, seat, c.candidate, c));
    rows.push(estimate('vacancy', s.item, seat, 'vacant', s.vacant));
    rows.push(estimate('lots', s.item, seat, 'lots', s.lots));
    for (const b of s.ballots) rows.push(['ballots', s.item, seat, String(b.ballots), b.p]);
    rows.push(['mean-ballots', s.item, seat, 'mean', s.meanBallots]);
  }
  for (const q of summary.questions) {
    rows.push(estimate('adoption', q.item, '', q.amendment === null ? 'adopted' : `amendment:${q.amendment}`, q.adopted));
  }
  return [CSV_HEADER, ...rows.map((row) => Array.from({ length: 7 }, (_, i) => csvField(row[i])).join(','))].join('\n') + '\n';
}

function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
