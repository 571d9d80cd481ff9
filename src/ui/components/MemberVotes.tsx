import type { MemberVotesView } from '../../view/view-model.js';
import type { Line } from '../layout/line.js';
import { wrapLine } from '../layout/line.js';
import { padText } from '../layout/shorten.js';
import { Lines } from './Lines.js';

const CELL = 26;
// title, order, and the scroll line
const CHROME_ROWS = 3;

/** Members side by side in one row of the list. */
export const columnsOf = (width: number) => Math.max(1, Math.floor(width / CELL));

/** Members one screen of the list shows in `width` × `rows`. */
export function memberVotesPage(width: number, rows: number): number {
  return columnsOf(width) * Math.max(1, rows - CHROME_ROWS);
}

/**
 * Per-member choices in columns from row `offset`, with the order used and where the list stands,
 * or the reason there are none (secret ballot, show of hands, no vote yet).
 */
export function memberVotesLines(votes: MemberVotesView | null, width: number, rows: number, offset = 0): Line[] {
  const title: Line = [{ text: 'MEMBER VOTES', bold: true }, ...(votes?.progress ? [{ text: ` · ${votes.progress}`, tone: 'current' as const }] : [])];
  if (!votes) return [title, [{ text: 'No vote has been taken on this item yet.', tone: 'muted' }]];
  if (!votes.available) return [title, ...wrapLine([{ text: votes.reason ?? 'Not available for this vote.', tone: 'warning' }], width), [{ text: 'v or Esc closes', tone: 'muted' }]];
  const columns = columnsOf(width);
  const page = memberVotesPage(width, rows);
  const start = Math.min(Math.max(0, offset), Math.max(0, Math.ceil((votes.rows.length - page) / columns) * columns));
  const shown = votes.rows.slice(start, start + page);
  const lines: Line[] = [];
  for (let i = 0; i < shown.length; i += columns) {
    lines.push(
      shown.slice(i, i + columns).map((r) => ({
        text: padText(`${r.code} ${padText(r.name, CELL - 14)} ${r.choice}`, CELL),
        tone: r.choice === 'yes' ? ('adopted' as const) : r.choice === 'no' ? ('rejected' as const) : ('muted' as const),
      })),
    );
  }
  const order: Line = [{ text: `${votes.rows.length} members, ${votes.order ?? 'in the order recorded'}`, tone: 'muted' }];
  const where = votes.rows.length === 0 ? 'no votes yet' : `${start + 1}–${start + shown.length} of ${votes.rows.length}`;
  const scroll: Line = [{ text: `${where} · ↓↑ PgDn PgUp Home End scroll · v or Esc closes`, tone: 'muted' }];
  return [title, order, ...lines, scroll];
}

export function MemberVotes(props: { readonly votes: MemberVotesView | null; readonly width: number; readonly rows: number; readonly offset?: number }) {
  return <Lines lines={memberVotesLines(props.votes, props.width, props.rows, props.offset)} width={props.width} rows={props.rows} />;
}
