import type { Line } from '../layout/line.js';
import { rule, wrapLine } from '../layout/line.js';
import { Lines } from './Lines.js';

/** The save-as prompt: why (the file exists) and the name to save under, editable. */
export function saveAsLines(path: string, reason: string, width: number): Line[] {
  return [
    rule('SAVE AS', width),
    ...wrapLine([{ text: reason, tone: 'warning' }], width),
    // wrapped, not cut: the whole name is on screen in a narrow terminal too
    ...wrapLine([{ text: 'Save the journal as: ', bold: true }, { text: `${path}▏` }], width),
    ...wrapLine([{ text: '⏎ save · type to change the name · Esc cancel', tone: 'muted' }], width),
  ];
}

export function SaveAs(props: { readonly path: string; readonly reason: string; readonly width: number }) {
  return <Lines lines={saveAsLines(props.path, props.reason, props.width)} width={props.width} />;
}
