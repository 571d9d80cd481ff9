import type { Line } from '../layout/line.js';
import { KEY_HELP, NOT_IN_TRAINING } from '../layout/keys.js';
import { textWidth } from '../layout/shorten.js';
import { Lines } from './Lines.js';

/**
 * Every key that works, in the widest form that fits: "→ step  ⏎ item …", then single-spaced,
 * then the keys alone with "? help" to spell them out. No key is dropped for want of room.
 */
export function footerLine(width: number, finished: boolean, training = false): Line {
  const keys = KEY_HELP.filter((k) => !(training && NOT_IN_TRAINING.includes(k.key)));
  const last = keys.slice(-2);
  const first = finished ? [] : keys.slice(0, -2);
  const lead = finished ? ['session closed'] : [];
  const forms = [
    [...lead, ...[...first, ...last].map((k) => k.short)].join('  '),
    [...lead, ...[...first, ...last].map((k) => k.short)].join(' '),
    [...lead, ...[...first, ...last].map((k) => k.short.split(' ').slice(0, 2).join(' '))].join(' '),
    [...lead, first.map((k) => k.key).join(' '), ...last.map((k) => k.short)].filter((p) => p !== '').join('  '),
  ];
  const text = forms.find((f) => textWidth(f) <= width) ?? forms.at(-1)!;
  return [{ text, tone: 'muted' }];
}

export function Footer({ width, finished, training = false }: { readonly width: number; readonly finished: boolean; readonly training?: boolean }) {
  return <Lines lines={[footerLine(width, finished, training)]} width={width} rows={1} />;
}
