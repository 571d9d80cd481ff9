import type { BarView } from '../../view/ballot-view-model.js';
import type { Line, Tone } from './line.js';
import { padText, shortName, textWidth } from './shorten.js';

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
const MARKER_WIDTH = 'eliminated'.length;
const INDENT = '  ';
// longer bars add no precision worth reading and push the counts far from the names
const MAX_BAR = 60;

/** Geometry shared by every bar of one panel, so the bars and the threshold line align. */
export interface BarGeometry {
  readonly labelWidth: number;
  readonly votesWidth: number;
  readonly barWidth: number;
  readonly scale: number;
  /** Column inside the bar where the threshold line is drawn. */
  readonly thresholdColumn: number;
}

export function barGeometry(bars: readonly BarView[], threshold: number, maxVotes: number, width: number): BarGeometry {
  const labels = bars.map((b) => textWidth(shortName(b.label, b.member, 20)));
  const labelWidth = Math.max(3, ...labels);
  const votesWidth = Math.max(3, ...bars.map((b) => String(b.votes).length));
  const barWidth = Math.min(MAX_BAR, width - INDENT.length - labelWidth - 2 - votesWidth - 2 - MARKER_WIDTH);
  const scale = Math.max(1, maxVotes, threshold, ...bars.map((b) => b.votes));
  const thresholdColumn = Math.min(Math.max(0, barWidth - 1), Math.floor((threshold / scale) * barWidth));
  return { labelWidth, votesWidth, barWidth, scale, thresholdColumn };
}

/** The cells of one bar, in eighths of a column, with "│" at the threshold column. */
export function barCells(votes: number, g: BarGeometry): string {
  const eighths = Math.round((votes / g.scale) * g.barWidth * 8);
  const cells = [...('█'.repeat(Math.floor(eighths / 8)) + (EIGHTHS[eighths % 8] ?? ''))];
  while (cells.length < g.barWidth) cells.push(' ');
  cells[g.thresholdColumn] = '│';
  return cells.join('');
}

function markerTone(bar: BarView): Tone {
  if (bar.marker === 'elected' || bar.marker === 'adopted') return 'winner';
  if (bar.marker === 'rejected') return 'rejected';
  return bar.marker === 'eliminated' ? 'muted' : 'bar';
}

export function barLine(bar: BarView, g: BarGeometry): Line {
  const cells = barCells(bar.votes, g);
  const tone = markerTone(bar);
  return [
    { text: INDENT + padText(shortName(bar.label, bar.member, g.labelWidth), g.labelWidth) + ' ' },
    { text: cells.slice(0, g.thresholdColumn), tone: tone === 'muted' ? 'muted' : tone === 'winner' ? 'winner' : 'bar' },
    { text: '│', tone: 'threshold' },
    { text: cells.slice(g.thresholdColumn + 1), tone: tone === 'winner' ? 'winner' : 'bar' },
    { text: ' ' + padText(String(bar.votes), g.votesWidth, 'right') + '  ' },
    { text: bar.marker ?? '', tone, bold: bar.marker === 'elected' || bar.marker === 'adopted' },
  ];
}

/** "majority line 83 ┘" ending under the threshold column, or "└ majority line 83" from it. */
export function thresholdLine(threshold: number, g: BarGeometry, width: number): Line {
  const column = INDENT.length + g.labelWidth + 1 + g.thresholdColumn;
  const label = `majority line ${threshold}`;
  const text =
    column >= label.length + 1
      ? ' '.repeat(column - label.length - 1) + `${label} ┘`
      : ' '.repeat(column) + `└ ${label}`;
  return [{ text: padText(text, width), tone: 'threshold' }];
}
