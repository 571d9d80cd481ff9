import type { CurrentItemView } from '../../view/view-model.js';
import type { Line } from '../layout/line.js';
import { spread } from '../layout/shorten.js';
import { Lines } from './Lines.js';

/** The current item: number, title and citation, then its kind and detail lines. */
export function itemLines(item: CurrentItemView | null, width: number): Line[] {
  if (!item) return [[{ text: 'No item open', tone: 'muted' }]];
  return [
    [{ text: spread(`${item.number} · ${item.title}`, item.citation, width), bold: true }],
    [{ text: item.kindLabel, tone: 'muted' }],
    ...item.detail.map((d): Line => [{ text: d }]),
  ];
}

export function ItemPanel(props: { readonly item: CurrentItemView | null; readonly width: number; readonly rows: number }) {
  return <Lines lines={itemLines(props.item, props.width)} width={props.width} rows={props.rows} />;
}
