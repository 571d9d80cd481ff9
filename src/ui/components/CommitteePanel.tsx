import type { CommitteeSeatView, CommitteeView } from '../../view/view-model.js';
import type { Line, Segment } from '../layout/line.js';
import { shortName } from '../layout/shorten.js';
import { Lines } from './Lines.js';

const ABBREVIATION = { AFRICA: 'AFR', AMERICAS: 'AMR', ASIA: 'ASI', EUROPE: 'EUR' } as const;

/** A seat as "SURNAME (FRA) to 2029", "— (item 15)" or "SURNAME (FRA) to 2025 (ballot 3 open)". */
export function seatSegments(seat: CommitteeSeatView): Segment[] {
  const holder = seat.holder
    ? [{ text: `${shortName(seat.holder, seat.member, 16)}${seat.termEnds ? ` to ${seat.termEnds}` : ''}` }]
    : [{ text: '—', tone: 'muted' as const }];
  return seat.pending ? [...holder, { text: ` (${seat.pending})`, tone: 'current' }] : holder;
}

function join(parts: readonly Segment[][], separator: string): Segment[] {
  return parts.flatMap((p, i) => (i === 0 ? p : [{ text: separator, tone: 'muted' as const }, ...p]));
}

/**
 * Seats held of the seats there are: an outgoing holder and the one elected to follow sit side by
 * side until the close (R1.9), yet fill one seat, so the count never passes the seats (issue 17).
 */
function filled(seats: readonly CommitteeSeatView[], count: number): string {
  return `${Math.min(count, seats.filter((s) => s.holder !== null).length)}/${count}`;
}

/** The whole Committee in one line, for narrow terminals; the President's continent has no VP seat (R1.5). */
export function committeeSummary(committee: CommitteeView): Line {
  const vpSeats = committee.regions.filter((r) => r.hasVicePresidentSeat);
  const vps = filled(vpSeats.map((r) => r.vicePresident), vpSeats.length);
  const delegates = committee.regions.map((r) => `${ABBREVIATION[r.region]} ${filled(r.delegates, r.delegateSeats)}`).join(' ');
  return [
    { text: 'President ', bold: true },
    ...seatSegments(committee.president),
    { text: ` · VPs ${vps} · Del ${delegates}` },
  ];
}

/** The Committee by region in `rows` lines: one per region when there is room, else a summary. */
export function committeeLines(committee: CommitteeView, rows: number): Line[] {
  if (rows < 2) return [committeeSummary(committee)];
  const president: Line = [{ text: 'President  ', bold: true }, ...seatSegments(committee.president)];
  if (rows < committee.regions.length + 1) {
    const vps = committee.regions.map((r) => [{ text: `VP ${ABBREVIATION[r.region]} ` }, ...seatSegments(r.vicePresident)]);
    const delegates = committee.regions.map((r) => `${ABBREVIATION[r.region]} ${filled(r.delegates, r.delegateSeats)}`).join(' · ');
    return [[...president, { text: ' · ', tone: 'muted' }, ...join(vps, ' · ')], [{ text: `Delegates  ${delegates}` }]];
  }
  return [
    president,
    ...committee.regions.map((r): Line => [
      { text: `${ABBREVIATION[r.region]}  VP `, bold: true },
      ...seatSegments(r.vicePresident),
      { text: ' · Del ', tone: 'muted' },
      ...join(r.delegates.map(seatSegments), ', '),
    ]),
  ];
}

export function CommitteePanel(props: { readonly committee: CommitteeView; readonly width: number; readonly rows: number }) {
  return <Lines lines={committeeLines(props.committee, props.rows)} width={props.width} rows={props.rows} />;
}
