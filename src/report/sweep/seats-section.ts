import { distributionChart } from '../chart/distribution.js';
import type { FigureRenderer } from '../chart/figure.js';
import { probabilityChart, type ProbabilityRow } from '../chart/probabilities.js';
import { voteSharesChart } from '../chart/vote-shares.js';
import { html, type Html } from '../html.js';
import type { EstimateInput, SweepInput, SweepSeatInput } from '../input/sweep-input.js';
import type { Section } from '../section.js';
import { dataTable, interval, percent } from '../table.js';
import { candidateLabel } from './seat-names.js';

/**
 * Each seat: who wins how often, every nominee listed (a vacancy and an election not held are
 * outcomes of their own), how many ballots it took, and each candidate's share of the votes on
 * the decisive ballot.
 */
export const seatsSection: Section<SweepInput> = {
  id: 'elections',
  title: 'Elections',
  async render(sweep, figures) {
    if (sweep.seats.length === 0) return null;
    const blocks: Html[] = [];
    for (const seat of sweep.seats) blocks.push(await seatBlock(seat, figures));
    return html`${blocks}`;
  },
};

interface Outcome {
  readonly label: string;
  readonly short: string;
  readonly estimate: EstimateInput;
  readonly tone: ProbabilityRow['tone'];
}

function outcomes(seat: SweepSeatInput): Outcome[] {
  const notHeld = seat.notHeldReasons.map((r) => r.label).join('; ');
  return [
    ...seat.candidates.map((c, i) => ({ label: candidateLabel(c), short: c.name, estimate: c.wins, tone: i === 0 && c.wins.count > 0 ? 'lead' : 'other' }) as const),
    ...(seat.vacant.count > 0 ? [{ label: 'Seat left vacant', short: 'Seat left vacant', estimate: seat.vacant, tone: 'none' } as const] : []),
    ...(seat.notHeld.count > 0 ? [{ label: `Election not held${notHeld ? ` — ${notHeld}` : ''}`, short: 'Election not held', estimate: seat.notHeld, tone: 'none' } as const] : []),
  ];
}

async function seatBlock(seat: SweepSeatInput, figures: FigureRenderer): Promise<Html> {
  const all = outcomes(seat);
  const winTable = dataTable({
    columns: ['Outcome', 'Runs', 'Probability', '95% interval'],
    rows: [...all.map((o) => [o.label, o.estimate.count, percent(o.estimate.p), interval(o.estimate.low, o.estimate.high)]), ['Decided by lot', seat.lots.count, percent(seat.lots.p), interval(seat.lots.low, seat.lots.high)]],
  });
  const wins = await figures.figure(
    probabilityChart({
      title: `${seat.label}: probability of each outcome (line: 95% interval)`,
      alt: all.map((o) => `${o.label}: ${percent(o.estimate.p)} (95% interval ${interval(o.estimate.low, o.estimate.high)})`).join('; ') + '.',
      rows: all.map((o) => ({ label: o.short, p: o.estimate.p, low: o.estimate.low, high: o.estimate.high, tone: o.tone })),
      table: winTable,
    }),
  );
  return html`<section class="seat" id="seat-${seat.item}-${seat.seat}"><h3>${seat.label}</h3>${wins}${await ballotsFigure(seat, figures)}${await sharesFigure(seat, figures)}</section>`;
}

async function ballotsFigure(seat: SweepSeatInput, figures: FigureRenderer): Promise<Html | null> {
  const held = seat.ballots.reduce((n, b) => n + b.count, 0);
  if (held === 0) return null;
  const counted = new Map(seat.ballots.map((b) => [b.ballots, b]));
  const most = Math.max(...seat.ballots.map((b) => b.ballots));
  // every number of ballots up to the most seen, so that an empty column shows as empty
  const bins = Array.from({ length: most }, (_, i) => counted.get(i + 1) ?? { ballots: i + 1, count: 0, p: 0 });
  const words = (n: number) => `${n} ballot${n === 1 ? '' : 's'}`;
  return figures.figure(
    distributionChart({
      title: `${seat.label}: ballots per election`,
      alt: `Over the ${held.toLocaleString('en-GB')} runs that held the election: ${seat.ballots.map((b) => `${words(b.ballots)} in ${percent(b.p)}`).join('; ')}; ${seat.meanBallots.toFixed(2)} on average.`,
      axis: 'Ballots',
      bars: bins.map((b) => ({ label: String(b.ballots), p: b.p })),
      table: dataTable({ caption: `Of the ${held.toLocaleString('en-GB')} runs that held the election`, columns: ['Ballots', 'Runs', 'Share of runs'], rows: bins.map((b) => [b.ballots, b.count, percent(b.p)]) }),
    }),
  );
}

async function sharesFigure(seat: SweepSeatInput, figures: FigureRenderer): Promise<Html | null> {
  const standing = seat.candidates.flatMap((c) => (c.share === null ? [] : [{ c, share: c.share }]));
  if (standing.length === 0) return null;
  const q = (p: number) => `${p}%`;
  return figures.figure(
    voteSharesChart({
      title: `${seat.label}: share of the votes on the decisive ballot`,
      alt: `${standing.map(({ c, share }) => `${c.name}: median ${q(share.quantiles.p50)}, 90% of runs between ${q(share.quantiles.p5)} and ${q(share.quantiles.p95)} (on the decisive ballot in ${percent(c.onDecisiveBallot.p)} of runs)`).join('; ')}. The line marks each median.`,
      candidates: standing.map(({ c, share }) => ({ name: c.name, runs: share.runs, bins: share.histogram, median: share.quantiles.p50 })),
      table: dataTable({
        caption: 'Share of the votes expressed, over the runs the candidate was on the decisive ballot',
        columns: ['Candidate', 'Runs', '5%', '25%', 'Median', '75%', '95%'],
        rows: standing.map(({ c, share }) => [candidateLabel(c), share.runs, q(share.quantiles.p5), q(share.quantiles.p25), q(share.quantiles.p50), q(share.quantiles.p75), q(share.quantiles.p95)]),
      }),
    }),
  );
}
