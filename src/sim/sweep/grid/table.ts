import { candidateName } from '../labels.js';
import type { SweepSummary } from '../summarise.js';
import type { Estimate } from '../wilson.js';
import type { Parameter, SettingValue } from './values.js';

/**
 * One row of a grid's tidy table: a point (its number and each parameter's value, keyed by path)
 * and one outcome there. `section` is `winner` (key = candidate), `vacancy`, `not-held`, `lots`,
 * `mean-ballots` or `adoption` (key = `proposal` or the amendment); `value` is the probability (or
 * the mean), with `count` of `n` runs and the 95% interval.
 */
export type GridRow = Readonly<Record<string, SettingValue | null>> & {
  readonly point: number;
  readonly section: string;
  readonly item: string;
  readonly seat: number | null;
  readonly label: string;
  readonly key: string;
  readonly name: string;
  readonly value: number;
  readonly count: number | null;
  readonly n: number;
  readonly ci_low: number | null;
  readonly ci_high: number | null;
};

export const GRID_COLUMNS = ['section', 'item', 'seat', 'label', 'key', 'name', 'value', 'count', 'n', 'ci_low', 'ci_high'] as const;

/** Every point's outcomes as one long table (parameters first, so it pivots and plots directly). */
export function gridTable(parameters: readonly Parameter[], points: readonly { point: number; values: Readonly<Record<string, SettingValue>>; summary: SweepSummary }[]): GridRow[] {
  const rows: GridRow[] = [];
  for (const { point, values, summary } of points) {
    const lead: Record<string, SettingValue> = {};
    for (const p of parameters) lead[p.path] = values[p.path]!;
    const add = (section: string, item: string, seat: number | null, label: string, key: string, name: string, e: Estimate, n: number) =>
      rows.push({ point, ...lead, section, item, seat, label, key, name, value: e.p, count: e.count, n, ci_low: e.low, ci_high: e.high } as GridRow);
    for (const s of summary.seats) {
      for (const c of s.candidates) add('winner', s.item, s.seat, s.label, c.id, candidateName(c), c.wins, s.runs);
      add('vacancy', s.item, s.seat, s.label, 'vacant', 'vacant (held, nobody elected)', s.vacant, s.runs);
      add('not-held', s.item, s.seat, s.label, 'not-held', 'not held', s.notHeld, s.runs);
      add('lots', s.item, s.seat, s.label, 'lots', 'lots drawn', s.lots, s.runs);
      rows.push({ point, ...lead, section: 'mean-ballots', item: s.item, seat: s.seat, label: s.label, key: 'mean', name: 'mean ballots when held', value: s.meanBallots, count: null, n: s.runs - s.notHeld.count, ci_low: null, ci_high: null } as GridRow);
    }
    for (const q of summary.questions) add('adoption', q.item, null, q.title, q.amendment ?? 'proposal', q.title, q.adopted, q.put.count);
  }
  return rows;
}
