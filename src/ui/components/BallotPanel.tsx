import type { AnnouncementLineView, BallotPanelView } from '../../view/ballot-view-model.js';
import type { Line } from '../layout/line.js';
import { barGeometry, barLine, thresholdLine } from '../layout/bars.js';
import { fitText, padText, textWidth } from '../layout/shorten.js';
import { Lines } from './Lines.js';

/** "Label ....... " in exactly `width` columns, as the sketch's announcement. */
function leader(label: string, width: number): string {
  const text = fitText(label, width - 2);
  return `${text} ${'.'.repeat(Math.max(0, width - textWidth(text) - 2))} `;
}

/** An announced number; in training the majority required stays hidden until answered. */
function shownValue(ballot: BallotPanelView, line: AnnouncementLineView): string {
  if (ballot.masked === true && line.key === 'majority-required') return '?';
  return line.value === null ? '—' : String(line.value);
}

function fullAnnouncement(ballot: BallotPanelView, width: number): Line[] {
  const valueWidth = Math.max(3, ...ballot.announcement.map((a) => String(a.value ?? '—').length));
  const labelWidth = Math.min(34, width - valueWidth - 3);
  return ballot.announcement.map((a) => [
    { text: '  ' + leader(a.label, labelWidth) },
    { text: padText(shownValue(ballot, a), valueWidth, 'right'), bold: a.key === 'majority-required' },
  ]);
}

/** The announcement as "label value" pieces joined by " · ", wrapped between pieces. */
function compactAnnouncement(ballot: BallotPanelView, width: number): Line[] {
  const lines: string[] = [];
  for (const piece of ballot.announcement.map((a) => `${a.label} ${shownValue(ballot, a)}`)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} · ${piece}`) <= width) lines[lines.length - 1] = `${last} · ${piece}`;
    else lines.push(piece);
  }
  return lines.map((l) => [{ text: l }]);
}

/**
 * The ballot in at most `rows` lines: title, the announcement in R3.7 order, one bar per choice
 * with the threshold line, needed/got/missing and the outcome. Tight budgets get the compact
 * announcement first, then lose the lowest bars.
 */
export function ballotLines(ballot: BallotPanelView, width: number, rows: number): Line[] {
  const method = ballot.secret ? 'secret' : ballot.method.replace(/-/g, ' ');
  const title: Line = [{ text: `${ballot.title} · ${method} · ${ballot.majorityLabel}`, bold: true }];
  const g = barGeometry(ballot.bars, ballot.threshold, ballot.maxVotes, width);
  const hasBars = g.barWidth >= 4 && ballot.bars.length > 0;
  const tail: Line[] = [
    // no majority line while the ballot is open: the majority required is known only at the close (R3.7)
    ...(hasBars && ballot.masked !== true && !ballot.open ? [thresholdLine(ballot.threshold, g, width)] : []),
    [{ text: '  ' + ballot.neededLine }],
    ...(ballot.open ? [[{ text: '  ballot open', tone: 'current' } as const]] : []),
    ...(ballot.outcome ? [[{ text: '  ' + ballot.outcome, bold: true } as const]] : []),
  ];
  const barRows = hasBars ? ballot.bars.length : 0;
  const full = fullAnnouncement(ballot, width);
  const spare = rows - 1 - tail.length - barRows;
  const announcement =
    spare >= full.length + 2 ? [[], ...full, []] : spare >= full.length ? full : compactAnnouncement(ballot, width);
  const room = Math.max(0, rows - 1 - announcement.length - tail.length);
  const bars = hasBars ? ballot.bars.slice(0, room).map((b) => barLine(b, g)) : [];
  return [title, ...announcement, ...bars, ...tail].slice(0, rows);
}

export function BallotPanel(props: { readonly ballot: BallotPanelView; readonly width: number; readonly rows: number }) {
  return <Lines lines={ballotLines(props.ballot, props.width, props.rows)} width={props.width} rows={props.rows} />;
}
