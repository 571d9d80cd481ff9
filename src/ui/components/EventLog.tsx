import type { LogEntryView } from '../../view/view-model.js';
import type { Line } from '../layout/line.js';
import { Lines } from './Lines.js';

/** The last `rows` entries of the log; the newest is at the bottom. */
export function logLines(log: readonly LogEntryView[], rows: number): Line[] {
  if (rows <= 0) return [];
  const tail = log.slice(-rows);
  return tail.map((e, i): Line => [{ text: e.text, tone: i === tail.length - 1 ? undefined : 'muted' }]);
}

/**
 * Settled history as a bounded tail, not `<Static>`. `<Static>` prints finished output once
 * above the live area and lets the terminal scroll it away: right for a jest-style stream, wrong
 * for this full-screen layout, which redraws a frame of exactly the terminal's height. Static
 * lines above it would push the frame's top off-screen, and stepping back (a journal replay)
 * could not take printed lines back. The full log stays in the view model and the saved journal.
 */
export function EventLog(props: { readonly log: readonly LogEntryView[]; readonly width: number; readonly rows: number }) {
  return <Lines lines={logLines(props.log, props.rows)} width={props.width} rows={props.rows} />;
}
