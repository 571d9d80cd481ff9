import type { AgendaItemView } from '../../view/view-model.js';
import type { Line } from '../layout/line.js';
import { rule } from '../layout/line.js';
import { statusLook } from '../layout/status.js';
import { Lines } from './Lines.js';

/** The agenda as a pick list; the window follows the cursor. */
export function jumpLines(items: readonly AgendaItemView[], cursor: number, width: number, rows: number): Line[] {
  const room = Math.max(1, rows - 2);
  const start = Math.min(Math.max(0, cursor - Math.floor(room / 2)), Math.max(0, items.length - room));
  const shown = items.slice(start, start + room).map((item, i): Line => {
    const look = statusLook(item.status, item.current);
    const at = start + i === cursor;
    return [
      { text: at ? '› ' : '  ', tone: 'accent', bold: true },
      { text: `day ${item.dayNumber}  `, tone: 'muted' },
      { text: `${look.symbol} ${item.number} ${item.title}`, tone: at ? 'accent' : undefined, bold: at },
    ];
  });
  return [rule('JUMP TO ITEM · WHOLE SESSION', width), ...shown, [{ text: '↑↓ choose · ⏎ jump (later items run there; earlier ones replay) · Esc cancel', tone: 'muted' }]];
}

export function JumpList(props: {
  readonly items: readonly AgendaItemView[];
  readonly cursor: number;
  readonly width: number;
  readonly rows: number;
}) {
  return <Lines lines={jumpLines(props.items, props.cursor, props.width, props.rows)} width={props.width} rows={props.rows} />;
}
