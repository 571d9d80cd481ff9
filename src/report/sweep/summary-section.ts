import type { SweepInput } from '../input/sweep-input.js';
import { html } from '../html.js';
import type { Section } from '../section.js';
import { dataTable, interval, percent } from '../table.js';
import { candidateLabel } from './seat-names.js';

/** The key figures: for each seat, the most likely winner with its probability and interval. */
export const sweepSummarySection: Section<SweepInput> = {
  id: 'summary',
  title: 'Key figures',
  async render(sweep) {
    const rows = sweep.seats.map((seat) => {
      const lead = seat.candidates[0];
      const won = lead !== undefined && lead.wins.count > 0;
      return [
        seat.label,
        won ? candidateLabel(lead) : '—',
        won ? percent(lead.wins.p) : '—',
        won ? interval(lead.wins.low, lead.wins.high) : '—',
        percent(seat.vacant.p),
        percent(seat.notHeld.p),
        seat.meanBallots.toFixed(2),
      ];
    });
    const table = dataTable({
      caption: 'Most likely winner of each seat',
      columns: ['Seat', 'Most likely winner', 'Probability', '95% interval', 'Left vacant', 'Not held', 'Mean ballots'],
      rows,
    });
    return html`<p>${sweep.runs.toLocaleString('en-GB')} runs of the session, run <var>i</var> with a seed derived from the sweep's seed ${sweep.seed} and <var>i</var>.
Probabilities are shares of all runs; intervals are 95% Wilson score intervals. A seat is <em>left vacant</em> when ballots were held and nobody was elected, <em>not held</em> when no ballot took place.</p>${table}`;
  },
};
