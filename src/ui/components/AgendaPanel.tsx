import type { AgendaItemView, AgendaView } from '../../view/view-model.js';
import type { Line } from '../layout/line.js';
import { rule } from '../layout/line.js';
import { padText, textWidth } from '../layout/shorten.js';
import { statusLook } from '../layout/status.js';
import { Lines } from './Lines.js';

function itemLine(item: AgendaItemView, width: number, numberWidth: number): Line {
  const look = statusLook(item.status, item.current);
  const said = item.note ?? look.word;
  const word = said && width >= 40 ? ` ${said}` : '';
  const head = `${look.symbol} ${padText(item.number, numberWidth, 'right')} `;
  const titleWidth = width - textWidth(head) - textWidth(word);
  return [
    { text: head, tone: look.tone, bold: item.current },
    { text: padText(item.title, titleWidth), bold: item.current },
    { text: word, tone: look.tone },
  ];
}

/**
 * The items to show in `rows` lines: all if they fit, else a window around the current item, or
 * between items around the next one to come (the last ones once the day's work is done).
 */
export function agendaWindow(items: readonly AgendaItemView[], rows: number): readonly AgendaItemView[] {
  if (items.length <= rows) return items;
  const current = items.findIndex((i) => i.current);
  const next = items.findIndex((i) => i.status === 'pending');
  const at = current >= 0 ? current : next >= 0 ? next : items.length - 1;
  const start = Math.min(Math.max(0, at - Math.floor((rows - 1) / 2)), items.length - rows);
  return items.slice(Math.max(0, start), Math.max(0, start) + Math.max(0, rows));
}

/** The day's agenda; `titled` adds the "AGENDA · DAY n" rule as the first row. */
export function agendaLines(agenda: AgendaView, width: number, rows: number, titled: boolean): Line[] {
  const itemRows = titled ? rows - 1 : rows;
  const shown = agendaWindow(agenda.items, itemRows);
  const numberWidth = Math.max(0, ...agenda.items.map((i) => textWidth(i.number)));
  const lines = shown.map((item) => itemLine(item, width, numberWidth));
  if (agenda.items.length === 0) lines.push([{ text: 'No items on this day', tone: 'muted' }]);
  return titled ? [rule(`AGENDA · DAY ${agenda.dayNumber}`, width), ...lines] : lines;
}

export function AgendaPanel(props: {
  readonly agenda: AgendaView;
  readonly width: number;
  readonly rows: number;
  readonly titled?: boolean;
}) {
  const { agenda, width, rows, titled = true } = props;
  return <Lines lines={agendaLines(agenda, width, rows, titled)} width={width} rows={rows} />;
}
