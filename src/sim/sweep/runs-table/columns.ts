import type { SessionOutcome } from '../../outcome.js';
import type { SweepCatalogue } from '../catalogue.js';
import { questionKey } from '../question-key.js';

/** A cell of a run table. */
export type RunCell = string | number | boolean | null;

export type ColumnType = 'int' | 'string' | 'bool';

export interface RunColumn {
  readonly name: string;
  readonly type: ColumnType;
  /** What the column holds, for the README and `--help`. */
  readonly about: string;
}

/**
 * The columns of a run table, fixed by the scenario's catalogue: `run` and `seed`; per seat
 * (`<item>_s<seat>_…`) its status (`elected`, `vacant`, `not-held`), winner id and name, ballots
 * and lots; per question (`<item>[__<amendment>]_…`) its decision (`adopted`, `rejected`, or empty
 * when not put) and counts. Ids are turned into column-safe names (`vp-americas` → `vp_americas`).
 */
export interface RunLayout {
  readonly columns: readonly RunColumn[];
  /** Where each seat's (`item#seat`) and question's block starts. */
  readonly seatAt: ReadonlyMap<string, number>;
  readonly questionAt: ReadonlyMap<string, number>;
  /** Candidate id → name. */
  readonly names: ReadonlyMap<string, string>;
}

const SEAT_FIELDS: readonly [string, ColumnType, string][] = [
  ['status', 'string', 'elected, vacant (held, nobody elected) or not-held'],
  ['winner', 'string', 'id of the candidate elected'],
  ['winner_name', 'string', 'name of the candidate elected'],
  ['ballots', 'int', 'ballots held'],
  ['lots', 'bool', 'whether lots were drawn (R4.11)'],
];
const QUESTION_FIELDS: readonly [string, ColumnType, string][] = [
  ['decision', 'string', 'adopted or rejected; empty when not put to the vote'],
  ['yes', 'int', 'yes votes'],
  ['no', 'int', 'no votes'],
  ['abstain', 'int', 'abstentions (blank papers)'],
  ['invalid', 'int', 'invalid papers'],
];

/** A column-safe name: lower case letters, digits and underscores. */
export function columnName(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'x';
}

/** The layout of a scenario's run table. */
export function runLayout(catalogue: SweepCatalogue): RunLayout {
  const columns: RunColumn[] = [
    { name: 'run', type: 'int', about: 'run index i (0-based)' },
    { name: 'seed', type: 'int', about: "the run's seed, derived from the sweep's seed and i" },
  ];
  const used = new Set(columns.map((c) => c.name));
  const unique = (name: string) => {
    let candidate = name;
    for (let n = 2; used.has(candidate); n++) candidate = `${name}_${n}`;
    used.add(candidate);
    return candidate;
  };
  const block = (prefix: string, fields: typeof SEAT_FIELDS, what: string) => {
    const at = columns.length;
    const base = unique(prefix);
    for (const [field, type, about] of fields) columns.push({ name: `${base}_${field}`, type, about: `${what}: ${about}` });
    return at;
  };
  const seatAt = new Map(
    catalogue.elections.flatMap((e) =>
      Array.from({ length: e.seats }, (_, i) => [`${e.item}#${i + 1}`, block(`${columnName(e.item)}_s${i + 1}`, SEAT_FIELDS, `${e.title}, seat ${i + 1}`)] as const),
    ),
  );
  const questionAt = new Map(
    catalogue.questions.map((q) => [q.key, block(q.amendment === null ? columnName(q.item) : `${columnName(q.item)}__${columnName(q.amendment)}`, QUESTION_FIELDS, q.title)] as const),
  );
  const names = new Map(catalogue.elections.flatMap((e) => e.candidates.map((c) => [c.id, c.name] as const)));
  return { columns, seatAt, questionAt, names };
}

/** One run as a row of `layout` (a seat or question the run did not have stays empty, or `not-held`). */
export function runRow(layout: RunLayout, outcome: SessionOutcome, run: number): RunCell[] {
  const row: RunCell[] = new Array<RunCell>(layout.columns.length).fill(null);
  row[0] = run;
  row[1] = outcome.seed;
  for (const at of layout.seatAt.values()) row[at] = 'not-held';
  for (const seat of outcome.seats) {
    const at = layout.seatAt.get(`${seat.item}#${seat.seat}`);
    if (at === undefined) continue;
    row[at] = seat.winner !== null ? 'elected' : seat.ballots === 0 ? 'not-held' : 'vacant';
    row[at + 1] = seat.winner;
    row[at + 2] = seat.winner === null ? null : (layout.names.get(seat.winner) ?? seat.winner);
    row[at + 3] = seat.ballots;
    row[at + 4] = seat.lots;
  }
  for (const q of outcome.questions) {
    const at = layout.questionAt.get(questionKey(q.item, q.amendment));
    if (at === undefined) continue;
    row.splice(at, 5, q.decision, q.yes, q.no, q.abstain, q.invalid);
  }
  return row;
}
