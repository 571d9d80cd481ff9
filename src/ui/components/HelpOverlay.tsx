import type { Line } from '../layout/line.js';
import { rule } from '../layout/line.js';
import { KEY_HELP } from '../layout/keys.js';
import { padText } from '../layout/shorten.js';
import { Lines } from './Lines.js';

export function helpLines(width: number): Line[] {
  return [
    rule('KEYS', width),
    ...KEY_HELP.map((k): Line => [{ text: `  ${padText(k.keys, 11)}`, tone: 'accent', bold: true }, { text: k.action }]),
    [],
    [{ text: 'Colour is never the only signal: ✔ adopted ✖ rejected ▶ current · pending ‖ deferred', tone: 'muted' }],
    [{ text: '? or Esc closes this help', tone: 'muted' }],
  ];
}

export function HelpOverlay(props: { readonly width: number; readonly rows: number }) {
  return <Lines lines={helpLines(props.width)} width={props.width} rows={props.rows} />;
}
