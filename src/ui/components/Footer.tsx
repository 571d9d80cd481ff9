import type { Line } from '../layout/line.js';
import { KEY_HELP } from '../layout/keys.js';
import { textWidth } from '../layout/shorten.js';
import { Lines } from './Lines.js';

/** As many key hints as fit whole, always ending with help and quit. */
export function footerLine(width: number, finished: boolean): Line {
  const hints = KEY_HELP.map((k) => k.short);
  const last = hints.slice(-2);
  const first = finished ? [] : hints.slice(0, -2);
  const out: string[] = [];
  for (const hint of first) {
    if (textWidth([...out, hint, ...last].join('  ')) > width) break;
    out.push(hint);
  }
  const text = (finished ? ['session closed', ...last] : [...out, ...last]).join('  ');
  return [{ text, tone: 'muted' }];
}

export function Footer({ width, finished }: { readonly width: number; readonly finished: boolean }) {
  return <Lines lines={[footerLine(width, finished)]} width={width} rows={1} />;
}
