import type { SessionView } from '../../view/view-model.js';

/** Widths from here up get the two-column layout of the sketch; below, panels are stacked. */
export const WIDE_MIN_COLUMNS = 110;

/** Rows and columns of every region of the screen; all rows add up to at most `height`. */
export interface ScreenPlan {
  readonly mode: 'wide' | 'narrow';
  readonly width: number;
  readonly height: number;
  readonly leftWidth: number;
  readonly rightWidth: number;
  /** Rows between the header and the Committee (both columns in wide mode). */
  readonly bodyRows: number;
  readonly agendaRows: number;
  readonly itemRows: number;
  /** Rows for the ballot panel or the member votes that replace it. */
  readonly ballotRows: number;
  readonly roundsRows: number;
  readonly committeeRows: number;
  readonly logRows: number;
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/**
 * Lays the screen out for a terminal of `width` × `height` (at least 80 × 24). Fixed rows: header,
 * Committee and log rules, status and footer; the rest is shared by priority: the current item,
 * then the ballot, then the agenda, then earlier ballots.
 */
export function planScreen(view: SessionView, width: number, height: number): ScreenPlan {
  const extra = Math.max(0, height - 24);
  const itemWanted = 2 + (view.currentItem?.detail.length ?? 0);
  const logRows = clamp(2 + Math.floor(extra / 6), 2, 6);
  if (width >= WIDE_MIN_COLUMNS) {
    const committeeRows = height >= 34 ? 1 + view.committee.regions.length : 2;
    const bodyRows = Math.max(0, height - 6 - committeeRows - logRows);
    const leftWidth = clamp(Math.floor(width * 0.36), 36, 56);
    const itemRows = Math.min(itemWanted, Math.max(2, bodyRows - 12));
    const agendaRows = Math.min(view.agenda.items.length + 1, Math.max(2, bodyRows - Math.min(bodyRows >> 2, view.rounds.length + 2)));
    return {
      mode: 'wide', width, height, leftWidth, rightWidth: width - leftWidth - 1, bodyRows, agendaRows, itemRows,
      ballotRows: Math.max(0, bodyRows - itemRows - 1), roundsRows: Math.max(0, bodyRows - agendaRows - 1),
      committeeRows, logRows,
    };
  }
  const agendaRows = Math.min(Math.max(1, view.agenda.items.length), 3 + Math.floor(extra / 4));
  const itemRows = Math.min(itemWanted, 2 + Math.floor(extra / 4));
  // header, agenda, rule, item … rule, committee, log, status, footer
  const bodyRows = Math.max(0, height - 1 - agendaRows - 1 - 1 - 1 - logRows - 2);
  const ballotRows = Math.max(0, bodyRows - itemRows);
  return {
    mode: 'narrow', width, height, leftWidth: width, rightWidth: width, bodyRows, agendaRows, itemRows,
    ballotRows, roundsRows: 0, committeeRows: 1, logRows,
  };
}
