import type { HeaderView } from '../../view/view-model.js';
import type { Line } from '../layout/line.js';
import { ordinal, spread } from '../layout/shorten.js';
import { Lines } from './Lines.js';

/** The title line: session and venue on the left, day, date and sitting on the right. */
export function headerLine(header: HeaderView, width: number): Line {
  const wide = width >= 110;
  const title = wide
    ? `${ordinal(header.sessionNumber)} INTERPOL General Assembly · ${header.venue}`
    : `${ordinal(header.sessionNumber)} GA · ${header.venue.split(',')[0] ?? header.venue}`;
  const day = `Day ${header.dayNumber}/${header.dayCount} · ${header.dateLabel} · ${header.sitting}`;
  return [{ text: spread(title, day, width), tone: 'accent', bold: true }];
}

export function Header({ header, width }: { readonly header: HeaderView; readonly width: number }) {
  return <Lines lines={[headerLine(header, width)]} width={width} rows={1} />;
}
