import type { Line } from '../layout/line.js';
import { rule } from '../layout/line.js';
import { Lines } from './Lines.js';

export function confirmQuitLines(unsaved: number, width: number): Line[] {
  const steps = unsaved === 1 ? '1 step' : `${unsaved} steps`;
  return [
    rule('QUIT', width),
    [{ text: `Quit with ${steps} not saved? `, tone: 'warning', bold: true }],
    [{ text: 'y quit without saving · s save first (then q quits) · n stay' }],
  ];
}

export function ConfirmQuit(props: { readonly unsaved: number; readonly width: number }) {
  return <Lines lines={confirmQuitLines(props.unsaved, props.width)} width={props.width} />;
}
