import { csvCell } from '../csv.js';
import { candidateName } from './labels.js';
import type { SweepSummary } from './summarise.js';
import type { Estimate } from './wilson.js';

/** The summary as pretty JSON (keys in a fixed order: the same summary gives the same bytes). */
export function summaryToJson(summary: SweepSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

export const CSV_HEADER = 'section,item,seat,label,key,name,stat,value,count,n,ci_low,ci_high';

type Cell = string | number | undefined;
type Row = readonly [section: string, item: string, seat: Cell, label: string, key: string, name: string, stat: string, value: number, count?: number, n?: number, low?: number, high?: number];

/**
 * The summary as one tidy long table: one row per figure, ids (`item`, `key`) beside the names
 * people read (`label`, `name`). Sections: `sweep` (runs, seed); per seat `winner` (every nominee),
 * `vacancy`, `not-held` (and `not-held:<reason>`), `lots`, `ballots`, `mean-ballots`,
 * `decisive-ballot`, `share-quantile` (stat p5…p95, value in whole percent) and `share-histogram`
 * (value = whole percent, count = runs); per question `put` and `adoption`. Probabilities carry
 * `count` of `n` runs and the 95% interval; values are the summary's own rounded numbers.
 */
export function summaryToCsv(summary: SweepSummary): string {
  const rows: Row[] = [
    ['sweep', '', '', summary.scenario.title, 'runs', 'runs', 'value', summary.runs],
    ['sweep', '', '', summary.scenario.title, 'seed', 'seed', 'value', summary.seed],
  ];
  for (const s of summary.seats) {
    const at = (section: string, key: string, name: string, e: Estimate, n = s.runs): Row => [section, s.item, s.seat, s.label, key, name, 'p', e.p, e.count, n, e.low, e.high];
    for (const c of s.candidates) rows.push(at('winner', c.id, candidateName(c), c.wins));
    rows.push(at('vacancy', 'vacant', 'vacant (held, nobody elected)', s.vacant), at('not-held', 'not-held', 'not held', s.notHeld));
    for (const r of s.notHeldReasons) rows.push(['not-held', s.item, s.seat, s.label, `not-held:${r.reason}`, r.label, 'count', r.count, r.count, s.runs]);
    rows.push(at('lots', 'lots', 'lots drawn', s.lots));
    const held = s.runs - s.notHeld.count;
    for (const b of s.ballots) rows.push(['ballots', s.item, s.seat, s.label, String(b.ballots), `${b.ballots} ballot${b.ballots === 1 ? '' : 's'}`, 'p', b.p, b.count, held]);
    rows.push(['mean-ballots', s.item, s.seat, s.label, 'mean', 'mean ballots when held', 'mean', s.meanBallots, undefined, held]);
    for (const c of s.candidates) {
      rows.push(at('decisive-ballot', c.id, candidateName(c), c.onDecisiveBallot));
      if (c.share === null) continue;
      for (const [stat, value] of Object.entries(c.share.quantiles)) rows.push(['share-quantile', s.item, s.seat, s.label, c.id, candidateName(c), stat, value, undefined, c.share.runs]);
      for (const bin of c.share.histogram) rows.push(['share-histogram', s.item, s.seat, s.label, c.id, candidateName(c), 'percent', bin.percent, bin.count, c.share.runs]);
    }
  }
  for (const q of summary.questions) {
    const key = q.amendment ?? 'proposal';
    rows.push(['put', q.item, '', q.title, key, q.title, 'p', q.put.p, q.put.count, q.runs, q.put.low, q.put.high]);
    rows.push(['adoption', q.item, '', q.title, key, q.title, 'p', q.adopted.p, q.adopted.count, q.put.count, q.adopted.low, q.adopted.high]);
  }
  return [CSV_HEADER, ...rows.map((row) => Array.from({ length: 12 }, (_, i) => csvField(row[i])).join(','))].join('\n') + '\n';
}

function csvField(value: Cell): string {
  return csvCell(value);
}
