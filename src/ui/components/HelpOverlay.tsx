import type { Line } from '../layout/line.js';
import { rule, wrapLine } from '../layout/line.js';
import { KEY_HELP, NOT_IN_TRAINING } from '../layout/keys.js';
import { padText } from '../layout/shorten.js';
import { Lines } from './Lines.js';

/** The keys and the legend, wrapped to the width: nothing is cut off (issue 17). */
export function helpLines(width: number, training = false): Line[] {
  const keys = KEY_HELP.filter((k) => !(training && NOT_IN_TRAINING.includes(k.key)));
  const indent = ' '.repeat(13);
  const keyLines = keys.flatMap((k): Line[] => {
    const [first, ...rest] = wrapLine([{ text: k.action }], Math.max(10, width - 13));
    return [[{ text: `  ${padText(k.keys, 11)}`, tone: 'accent', bold: true }, ...first!], ...rest.map((l): Line => [{ text: indent }, ...l])];
  });
  const legend: Line[] = [
    [{ text: 'Colour is never the only signal: ✔ adopted or elected · ✖ rejected · ▶ current · · pending · ‖ deferred · ↷ carried over · ○ vacant · – not held', tone: 'muted' }],
    [{ text: 'Committee line: seats held/seats of each group (VPs: the President\'s continent has no VP seat); an outgoing member and the one elected to follow share a seat until the close.', tone: 'muted' }],
    ...(training ? [[{ text: 'Training: answers are final, so b (back) and j (jump) are off.', tone: 'muted' as const }]] : []),
    [{ text: '? or Esc closes this help', tone: 'muted' }],
  ];
  return [rule('KEYS', width), ...keyLines, [], ...legend.flatMap((l) => wrapLine(l, width))];
}

export function HelpOverlay(props: { readonly width: number; readonly rows: number; readonly training?: boolean }) {
  return <Lines lines={helpLines(props.width, props.training)} width={props.width} rows={props.rows} />;
}
