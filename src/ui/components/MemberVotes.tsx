import type { MemberVotesView } from '../../machine/view-model.js';
import type { Line } from '../layout/line.js';
import { padText } from '../layout/shorten.js';
import { Lines } from './Lines.js';

const CELL = 26;

/** Per-member choices in columns, or the reason there are none (secret ballot, no vote yet). */
export function memberVotesLines(votes: MemberVotesView | null, width: number, rows: number): Line[] {
  const title: Line = [{ text: 'MEMBER VOTES', bold: true }];
  if (!votes) return [title, [{ text: 'No vote has been taken on this item yet.', tone: 'muted' }]];
  if (!votes.available) return [title, [{ text: votes.reason ?? 'Not available for this vote.', tone: 'warning' }]];
  const columns = Math.max(1, Math.floor(width / CELL));
  const capacity = columns * Math.max(0, rows - 2);
  const shown = votes.rows.length > capacity + columns ? votes.rows.slice(0, capacity) : votes.rows;
  const lines: Line[] = [];
  for (let i = 0; i < shown.length; i += columns) {
    lines.push(
      shown.slice(i, i + columns).map((r) => ({
        text: padText(`${r.code} ${padText(r.name, CELL - 14)} ${r.choice}`, CELL),
        tone: r.choice === 'yes' ? ('adopted' as const) : r.choice === 'no' ? ('rejected' as const) : ('muted' as const),
      })),
    );
  }
  const more = votes.rows.length - shown.length;
  return [title, ...lines, ...(more > 0 ? [[{ text: `… ${more} more`, tone: 'muted' as const }]] : [])];
}

export function MemberVotes(props: { readonly votes: MemberVotesView | null; readonly width: number; readonly rows: number }) {
  return <Lines lines={memberVotesLines(props.votes, props.width, props.rows)} width={props.width} rows={props.rows} />;
}
