import { Box } from 'ink';
import type { SessionView } from '../../view/view-model.js';
import type { MemberSearchHit } from '../controller.js';
import { KEY_HELP, NOT_IN_TRAINING } from '../layout/keys.js';
import { rule, wrapLine, type Line } from '../layout/line.js';
import { textWidth } from '../layout/shorten.js';
import { planScreen } from '../layout/plan-screen.js';
import { AgendaPanel } from './AgendaPanel.js';
import { ClosingBody, NarrowBody, WideBody } from './Body.js';
import { CommitteePanel } from './CommitteePanel.js';
import { ConfirmQuit } from './ConfirmQuit.js';
import { EventLog } from './EventLog.js';
import { Footer } from './Footer.js';
import { Header } from './Header.js';
import { HelpOverlay } from './HelpOverlay.js';
import { JumpList } from './JumpList.js';
import { columnsOf, memberVotesPage } from './MemberVotes.js';
import { SaveAs } from './SaveAs.js';
import { Lines } from './Lines.js';
import { SearchBox } from './SearchBox.js';

/** What covers the session body, if anything. */
export type ScreenOverlay =
  | { readonly kind: 'none' }
  | { readonly kind: 'help' }
  | { readonly kind: 'confirm-quit'; readonly unsaved: number }
  | { readonly kind: 'search'; readonly query: string; readonly hits: readonly MemberSearchHit[] }
  | { readonly kind: 'jump'; readonly cursor: number }
  | { readonly kind: 'save-as'; readonly path: string; readonly reason: string };

export interface ScreenProps {
  readonly view: SessionView;
  readonly width: number;
  readonly height: number;
  readonly overlay: ScreenOverlay;
  readonly showVotes?: boolean;
  /** The first member-vote row shown. */
  readonly votesOffset?: number;
  /** Training mode: the footer and help leave out the keys that are off (b, j). */
  readonly training?: boolean;
}

/** The smallest terminal the screen is laid out for (design/tui.md). */
export const MIN_COLUMNS = 80;
export const MIN_ROWS = 24;
/** The frame is one row shorter than the terminal (use-terminal-size.ts): 23 rows at 80×24. */
export const MIN_FRAME_ROWS = MIN_ROWS - 1;

/** Members one page of the vote list shows at this size (PgDn scrolls by it) and in one row (↓). */
export function votesPage(view: SessionView, width: number, height: number): { page: number; row: number } {
  const plan = planScreen(view, width, height);
  const panel = plan.mode === 'wide' ? plan.rightWidth - 1 : plan.width;
  return { page: memberVotesPage(panel, plan.ballotRows), row: columnsOf(panel) };
}

/** The keys that work, for the notice below 80×24: the footer's keys (training leaves out b and j; a closed session has only ? and q). */
function workingKeys(training: boolean, finished: boolean): string[] {
  const keys = KEY_HELP.filter((k) => !(training && NOT_IN_TRAINING.includes(k.key)));
  return (finished ? keys.slice(-2) : keys).map((k) => k.short);
}

/** Entries joined by " · " into rows of at most `width` columns, never breaking inside an entry. */
function entryRows(lead: string, entries: readonly string[], width: number): Line[] {
  const rows: string[] = [];
  let row = lead;
  for (const entry of entries) {
    const next = row === '' ? entry : row === lead ? `${row}${entry}` : `${row} · ${entry}`;
    if (textWidth(next) <= width || row === '' || row === lead) row = next;
    else {
      rows.push(`${row} ·`);
      row = entry;
    }
  }
  rows.push(row);
  return rows.map((text) => [{ text, tone: 'muted' as const }]);
}

/**
 * Below 80×24 the panels cannot be laid out: say so, and which keys still work (those of the
 * footer, each whole on a row). `height` is the frame's.
 */
export function tooSmallLines(width: number, height: number, { training = false, finished = false } = {}): Line[] {
  return [
    ...wrapLine([{ text: 'Terminal too small', tone: 'warning', bold: true }], width),
    ...wrapLine([{ text: `${width}×${height + 1}: gasim needs at least ${MIN_COLUMNS}×${MIN_ROWS}.` }], width),
    ...wrapLine([{ text: 'Enlarge the window; the session waits.' }], width),
    [],
    ...entryRows('Keys still work: ', workingKeys(training, finished), width),
  ];
}

function Overlay({ overlay, view, width, rows, training }: { readonly overlay: ScreenOverlay; readonly view: SessionView; readonly width: number; readonly rows: number; readonly training: boolean }) {
  switch (overlay.kind) {
    case 'help': return <HelpOverlay width={width} rows={rows} training={training} />;
    case 'confirm-quit': return <ConfirmQuit unsaved={overlay.unsaved} width={width} />;
    case 'search': return <SearchBox query={overlay.query} hits={overlay.hits} width={width} rows={rows} />;
    case 'jump': return <JumpList items={view.agenda.session} cursor={overlay.cursor} width={width} rows={rows} />;
    case 'save-as': return <SaveAs path={overlay.path} reason={overlay.reason} width={width} />;
    default: return null;
  }
}

/** The whole screen, laid out for a frame of `width` × `height` (the terminal's rows less one); never larger. */
export function Screen({ view, width, height, overlay, showVotes = false, votesOffset = 0, training = false }: ScreenProps) {
  if (width < MIN_COLUMNS || height < MIN_FRAME_ROWS) {
    // an open prompt (quit, save as, search, jump, help) stays on screen under the notice, so the
    // keys it waits for are never pressed blind
    const notice = tooSmallLines(width, height, { training, finished: view.finished });
    const rows = Math.max(0, height - notice.length - 1);
    return (
      <Box flexDirection="column" width={width} height={height} overflow="hidden">
        <Lines lines={notice} width={width} rows={height} />
        {overlay.kind !== 'none' && rows > 0 ? (
          <Box flexDirection="column" height={rows} marginTop={1} overflow="hidden">
            <Overlay overlay={overlay} view={view} width={width} rows={rows} training={training} />
          </Box>
        ) : null}
      </Box>
    );
  }
  const plan = planScreen(view, width, height);
  const wide = plan.mode === 'wide';
  const status = view.status ? [[{ text: view.status.message, tone: view.status.kind }] as const] : [[]];
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Header header={view.header} width={width} />
      {overlay.kind !== 'none' ? (
        <Box height={height - 3} flexDirection="column" overflow="hidden">
          <Overlay overlay={overlay} view={view} width={width} rows={height - 3} training={training} />
        </Box>
      ) : (
        <>
          {wide ? null : <AgendaPanel agenda={view.agenda} width={width} rows={plan.agendaRows} titled={false} />}
          <Lines lines={[rule('', width)]} width={width} />
          {view.finished ? <ClosingBody view={view} plan={plan} /> : wide ? <WideBody view={view} plan={plan} showVotes={showVotes} votesOffset={votesOffset} /> : <NarrowBody view={view} plan={plan} showVotes={showVotes} votesOffset={votesOffset} />}
          <Box flexGrow={1} />
          <Lines lines={[rule(wide ? 'EXECUTIVE COMMITTEE' : '', width)]} width={width} />
          <CommitteePanel committee={view.committee} width={width} rows={plan.committeeRows} />
          {wide ? <Lines lines={[rule('LOG', width)]} width={width} /> : null}
          <EventLog log={view.log} width={width} rows={plan.logRows} />
        </>
      )}
      <Lines lines={status} width={width} rows={1} />
      <Footer width={width} finished={view.finished} training={training} />
    </Box>
  );
}
