import type { ItemId } from '../../domain/ids.js';
import type { QuestionTally, SweepAggregate } from './aggregate.js';
import type { SweepCatalogue } from './catalogue.js';
import { wilsonEstimate, type Estimate } from './wilson.js';

export interface QuestionSummary {
  /** `item`, or `item/amendment` (additional items: `item/add:<id>`). */
  readonly key: string;
  readonly item: ItemId;
  readonly amendment: string | null;
  /** What people read: the item's title, or the amendment's or additional item's. */
  readonly title: string;
  /** All runs of the sweep. */
  readonly runs: number;
  /** Runs in which the question was put to the vote (a moot amendment is not, R6.8). */
  readonly put: Estimate;
  /** Adopted, over the runs in which it was put. */
  readonly adopted: Estimate;
}

/** Every question of the catalogue in agenda order (even one never put), then any other the runs voted on. */
export function summariseQuestions(aggregate: SweepAggregate, catalogue: SweepCatalogue): QuestionSummary[] {
  const runs = aggregate.runs;
  const known = new Set(catalogue.questions.map((q) => q.key));
  const others = Object.entries(aggregate.questions)
    .filter(([key]) => !known.has(key))
    .sort(([a, x], [b, y]) => x.order - y.order || (a < b ? -1 : 1))
    .map(([key, t]) => ({ key, item: t.item, amendment: t.amendment, title: t.title }));
  return [...catalogue.questions, ...others].map((q) => {
    const tally: QuestionTally | undefined = aggregate.questions[q.key];
    const put = tally?.runs ?? 0;
    return { ...q, runs, put: wilsonEstimate(put, runs), adopted: wilsonEstimate(tally?.adopted ?? 0, put) };
  });
}
