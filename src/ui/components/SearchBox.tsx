import type { MemberSearchHit } from '../controller.js';
import type { Line } from '../layout/line.js';
import { rule } from '../layout/line.js';
import { padText } from '../layout/shorten.js';
import { Lines } from './Lines.js';

export function searchLines(query: string, hits: readonly MemberSearchHit[], width: number, rows: number): Line[] {
  const results = hits.slice(0, Math.max(0, rows - 3));
  return [
    rule('MEMBER SEARCH', width),
    [{ text: '/ ', tone: 'accent', bold: true }, { text: query }, { text: '▏', tone: 'accent' }],
    ...results.map((h): Line => [
      { text: `${h.code}  ${padText(h.name, 28)} ${padText(h.region, 9)} ` },
      { text: h.status, tone: 'muted' },
    ]),
    [{ text: query && hits.length === 0 ? 'no member matches · Esc closes' : 'type a name or code · Esc closes', tone: 'muted' }],
  ];
}

export function SearchBox(props: {
  readonly query: string;
  readonly hits: readonly MemberSearchHit[];
  readonly width: number;
  readonly rows: number;
}) {
  return <Lines lines={searchLines(props.query, props.hits, props.width, props.rows)} width={props.width} rows={props.rows} />;
}
