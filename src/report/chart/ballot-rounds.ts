import type { TopLevelSpec } from 'vega-lite';
import type { Html } from '../html.js';
import type { Chart } from './figure.js';
import { BAND, BAR, BAR_OFFSET, nameLayer, rows } from './labelled-bars.js';
import { COLOURS, PLOT_WIDTH } from './theme.js';

export interface BallotBar {
  readonly name: string;
  readonly votes: number;
  readonly elected: boolean;
}

export interface BallotOfElection {
  readonly ballot: number;
  /** The heading of the ballot's bars: "Ballot 3 · 83 needed · elected". */
  readonly label: string;
  readonly required: number;
  readonly outcome: string;
  /** In the order to draw them (the same on every ballot). */
  readonly bars: readonly BallotBar[];
}

const ELECTED = 'Elected';
const NOT_ELECTED = 'Not elected';

/**
 * An election ballot by ballot: one row of bars per ballot (votes per candidate, the elected in
 * the darker colour) with the majority required as a dashed line (R3.7, R4.9).
 */
export function ballotRoundsChart(title: string, ballots: readonly BallotOfElection[], table: Html): Chart {
  const values = ballots.flatMap((b) =>
    b.bars.map((bar) => ({ ballot: b.label, name: bar.name, votes: bar.votes, required: b.required, status: bar.elected ? ELECTED : NOT_ELECTED, description: `${b.label}: ${bar.name}, ${bar.votes} votes` })),
  );
  const top = Math.max(1, ...values.map((v) => Math.max(v.votes, v.required)));
  // stack: null, or Vega-Lite would stack the coloured bars and clip their rounded ends with numbered clip paths
  const x = { field: 'votes', type: 'quantitative' as const, title: 'Votes', scale: { domain: [0, Math.ceil(top * 1.15)] }, stack: null };
  const order = [...new Set(ballots.flatMap((b) => b.bars.map((bar) => bar.name)))];
  const y = rows('name', order);
  const spec: TopLevelSpec = {
    data: { values },
    facet: {
      row: { field: 'ballot', type: 'nominal', sort: ballots.map((b) => b.label), title: null, header: { labelAngle: 0, labelOrient: 'top', labelAnchor: 'start', labelFontWeight: 'bold', labelFontSize: 11, labelLimit: 0, labelPadding: 4 } },
    },
    spacing: 14,
    spec: {
      width: PLOT_WIDTH,
      height: { step: BAND },
      // the majority line first, so that names and figures are drawn over it
      layer: [
        {
          mark: { type: 'rule', color: COLOURS.accent, strokeWidth: 2, strokeDash: [5, 3], aria: false },
          encoding: { x: { field: 'required', aggregate: 'max', type: 'quantitative' } },
        },
        {
          mark: { type: 'bar', height: BAR, yOffset: BAR_OFFSET, cornerRadiusEnd: 2 },
          encoding: { x, y, color: { field: 'status', type: 'nominal', scale: { domain: [ELECTED, NOT_ELECTED], range: [COLOURS.primary, COLOURS.secondary] }, legend: null }, description: { field: 'description' } },
        },
        nameLayer('name', order),
        { mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, yOffset: BAR_OFFSET, fontWeight: 'bold', aria: false }, encoding: { x, y, text: { field: 'votes', type: 'quantitative' } } },
      ],
    },
  };
  return { title, alt: describe(ballots), spec, table };
}

function describe(ballots: readonly BallotOfElection[]): string {
  const lines = ballots.map((b) => {
    const lead = [...b.bars].sort((p, q) => q.votes - p.votes)[0];
    return `Ballot ${b.ballot}: ${lead ? `${lead.name} led with ${lead.votes}, ` : ''}${b.required} needed, ${b.outcome}.`;
  });
  return `Votes per candidate on each ballot; the dashed line is the majority required. ${lines.join(' ')}`;
}
