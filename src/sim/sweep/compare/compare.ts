import { catalogueOf, type SweepCatalogue } from '../catalogue.js';
import type { ScenarioSource } from '../grid/grid.js';
import { candidateName, seatLabel } from '../labels.js';
import { runPool } from '../pool.js';
import { chooseTaskSize, splitRuns } from '../pool-protocol.js';
import { mergePairs, type PairAggregate } from './pair-aggregate.js';
import { pairedMean, pairedProportion, type PairedDifference } from './paired.js';

/** One outcome compared: A's and B's probability (or mean), the difference B − A and its paired 95% interval. */
export interface ComparisonRow extends PairedDifference {
  readonly section: 'winner' | 'vacancy' | 'not-held' | 'lots' | 'mean-ballots' | 'put' | 'adoption';
  readonly item: string;
  readonly seat: number | null;
  readonly label: string;
  readonly key: string;
  readonly name: string;
}

/** A paired comparison of two variants run on the same seeds. */
export interface Comparison {
  readonly format: 'gasim/compare@1';
  readonly a: { readonly id: string; readonly title: string; readonly file: string };
  readonly b: { readonly id: string; readonly title: string; readonly file: string };
  readonly seed: number;
  readonly runs: number;
  readonly rows: readonly ComparisonRow[];
}

export interface CompareOptions {
  readonly runs: number;
  readonly seed: number;
  readonly workers: number;
  readonly runModule?: string | URL;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Runs A and B on the same seeds (run i of both with `deriveSeed(seed, i)`: common random numbers,
 * so that each ballot draws the same random numbers under both and differences are measured with
 * tight intervals) and compares every outcome with a paired interval. Runs from `dist/`.
 */
export async function compare(a: ScenarioSource, b: ScenarioSource, options: CompareOptions): Promise<Comparison> {
  let pairs: PairAggregate = { runs: 0, indicators: {}, sums: {} };
  const size = chooseTaskSize(options.runs, options.workers, 500);
  await runPool({
    scenarios: [{ text: a.text, file: a.file }, { text: b.text, file: b.file }],
    tasks: splitRuns(options.runs, size, 0, (id, from, to) => ({ kind: 'compare' as const, id, a: 0, b: 1, seed: options.seed, from, to })),
    workers: options.workers,
    ...(options.runModule === undefined ? {} : { runModule: options.runModule }),
    onProgress: (done) => options.onProgress?.(done, options.runs),
    onTask: (_task, result) => {
      if (result.kind === 'compare') pairs = mergePairs(pairs, result.pairs);
    },
  });
  const [ca, cb] = [catalogueOf(a.checked.scenario), catalogueOf(b.checked.scenario)];
  const about = (s: ScenarioSource) => ({ id: s.checked.scenario.id, title: s.checked.scenario.title, file: s.file });
  return { format: 'gasim/compare@1', a: about(a), b: about(b), seed: options.seed, runs: options.runs, rows: comparisonRows(pairs, ca, cb) };
}

/** Every seat of either catalogue (each nominee, vacant, not held, lots, mean ballots), then every question (put, adopted). */
export function comparisonRows(pairs: PairAggregate, a: SweepCatalogue, b: SweepCatalogue): ComparisonRow[] {
  const n = pairs.runs;
  const none = { a: 0, b: 0, ab: 0 };
  const rows: ComparisonRow[] = [];
  const elections = [...a.elections, ...b.elections.filter((e) => !a.elections.some((x) => x.item === e.item))];
  for (const election of elections) {
    const other = b.elections.find((e) => e.item === election.item);
    const candidates = [...election.candidates, ...(other?.candidates ?? []).filter((c) => !election.candidates.some((x) => x.id === c.id))];
    const seats = Math.max(election.seats, other?.seats ?? 0);
    for (let seat = 1; seat <= seats; seat++) {
      const key = `seat:${election.item}#${seat}`;
      const label = seatLabel(election.title, seat, seats, []);
      const row = (section: ComparisonRow['section'], k: string, name: string, d: PairedDifference): ComparisonRow => ({ section, item: election.item, seat, label, key: k, name, ...d });
      for (const c of candidates) rows.push(row('winner', c.id, candidateName(c), pairedProportion(pairs.indicators[`${key}:win:${c.id}`] ?? none, n)));
      rows.push(row('vacancy', 'vacant', 'vacant (held, nobody elected)', pairedProportion(pairs.indicators[`${key}:vacant`] ?? none, n)));
      rows.push(row('not-held', 'not-held', 'not held', pairedProportion(pairs.indicators[`${key}:not-held`] ?? none, n)));
      rows.push(row('lots', 'lots', 'lots drawn', pairedProportion(pairs.indicators[`${key}:lots`] ?? none, n)));
      rows.push(row('mean-ballots', 'mean', 'ballots (mean, 0 when not held)', pairedMean(pairs.sums[`${key}:ballots`] ?? { a: 0, b: 0, d2: 0 }, n)));
    }
  }
  const questions = [...a.questions, ...b.questions.filter((q) => !a.questions.some((x) => x.key === q.key))];
  for (const q of questions) {
    const row = (section: ComparisonRow['section'], what: string): ComparisonRow => ({ section, item: q.item, seat: null, label: q.title, key: q.amendment ?? 'proposal', name: q.title, ...pairedProportion(pairs.indicators[`question:${q.key}:${what}`] ?? none, n) });
    rows.push(row('put', 'put'), row('adoption', 'adopted'));
  }
  return rows;
}
