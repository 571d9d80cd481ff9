import type { RoundView } from '../../view/ballot-view-model.js';
import type { Line } from '../layout/line.js';
import { rule } from '../layout/line.js';
import { Lines } from './Lines.js';

/** Earlier ballots of the election, newest kept when rows are short. */
export function roundsLines(rounds: readonly RoundView[], width: number, rows: number): Line[] {
  if (rounds.length === 0 || rows < 2) return [];
  const shown = rounds.slice(-(rows - 1));
  return [rule('EARLIER BALLOTS', width), ...shown.map((r): Line => [{ text: `${r.ballot}  ${r.summary}` }])];
}

export function RoundsPanel(props: { readonly rounds: readonly RoundView[]; readonly width: number; readonly rows: number }) {
  return <Lines lines={roundsLines(props.rounds, props.width, props.rows)} width={props.width} rows={props.rows} />;
}
