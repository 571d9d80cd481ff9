import { probabilityChart } from '../chart/probabilities.js';
import type { SweepInput } from '../input/sweep-input.js';
import type { Section } from '../section.js';
import { dataTable, interval, NONE, percent } from '../table.js';

/** How often each question is adopted when it is put to the vote, with its interval. */
export const questionsSection: Section<SweepInput> = {
  id: 'questions',
  title: 'Questions',
  async render(sweep, figures) {
    if (sweep.questions.length === 0) return null;
    const put = sweep.questions.filter((q) => q.put.count > 0);
    const rows = put.map((q) => ({ label: q.title, p: q.adopted.p, low: q.adopted.low, high: q.adopted.high, tone: 'lead' as const }));
    const table = dataTable({
      columns: ['Question', 'Runs put to the vote', 'Adopted', 'Probability', '95% interval'],
      rows: sweep.questions.map((q) => [q.title, q.put.count, q.adopted.count, q.put.count > 0 ? percent(q.adopted.p) : NONE, q.put.count > 0 ? interval(q.adopted.low, q.adopted.high) : NONE]),
    });
    if (rows.length === 0) return table;
    return figures.figure(
      probabilityChart({
        title: 'Probability that each question is adopted when it is put to the vote (line: 95% interval)',
        alt: rows.map((r) => `${r.label}: adopted in ${percent(r.p)} of the runs that put it (95% interval ${interval(r.low, r.high)})`).join('; ') + '.',
        rows,
        table,
      }),
    );
  },
};
