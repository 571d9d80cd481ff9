import { Box } from 'ink';
import type { SessionView } from '../../machine/view-model.js';
import type { MemberSearchHit } from '../controller.js';
import { rule } from '../layout/line.js';
import { planScreen } from '../layout/plan-screen.js';
import { AgendaPanel } from './AgendaPanel.js';
import { NarrowBody, WideBody } from './Body.js';
import { CommitteePanel } from './CommitteePanel.js';
import { ConfirmQuit } from './ConfirmQuit.js';
import { EventLog } from './EventLog.js';
import { Footer } from './Footer.js';
import { Header } from './Header.js';
import { HelpOverlay } from './HelpOverlay.js';
import { JumpList } from './JumpList.js';
import { Lines } from './Lines.js';
import { SearchBox } from './SearchBox.js';

/** What covers the session body, if anything. */
export type ScreenOverlay =
  | { readonly kind: 'none' }
  | { readonly kind: 'help' }
  | { readonly kind: 'confirm-quit'; readonly unsaved: number }
  | { readonly kind: 'search'; readonly query: string; readonly hits: readonly MemberSearchHit[] }
  | { readonly kind: 'jump'; readonly cursor: number };

export interface ScreenProps {
  readonly view: SessionView;
  readonly width: number;
  readonly height: number;
  readonly overlay: ScreenOverlay;
  readonly showVotes?: boolean;
}

function Overlay({ overlay, view, width, rows }: { readonly overlay: ScreenOverlay; readonly view: SessionView; readonly width: number; readonly rows: number }) {
  switch (overlay.kind) {
    case 'help': return <HelpOverlay width={width} rows={rows} />;
    case 'confirm-quit': return <ConfirmQuit unsaved={overlay.unsaved} width={width} />;
    case 'search': return <SearchBox query={overlay.query} hits={overlay.hits} width={width} rows={rows} />;
    case 'jump': return <JumpList items={view.agenda.items} cursor={overlay.cursor} width={width} rows={rows} />;
    default: return null;
  }
}

/** The whole screen, laid out for `width` × `height`; never taller or wider than that. */
export function Screen({ view, width, height, overlay, showVotes = false }: ScreenProps) {
  const plan = planScreen(view, width, height);
  const wide = plan.mode === 'wide';
  const status = view.status ? [[{ text: view.status.message, tone: view.status.kind }] as const] : [[]];
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Header header={view.header} width={width} />
      {overlay.kind !== 'none' ? (
        <Box height={height - 3} flexDirection="column" overflow="hidden">
          <Overlay overlay={overlay} view={view} width={width} rows={height - 3} />
        </Box>
      ) : (
        <>
          {wide ? null : <AgendaPanel agenda={view.agenda} width={width} rows={plan.agendaRows} titled={false} />}
          <Lines lines={[rule('', width)]} width={width} />
          {wide ? <WideBody view={view} plan={plan} showVotes={showVotes} /> : <NarrowBody view={view} plan={plan} showVotes={showVotes} />}
          <Box flexGrow={1} />
          <Lines lines={[rule(wide ? 'EXECUTIVE COMMITTEE' : '', width)]} width={width} />
          <CommitteePanel committee={view.committee} width={width} rows={plan.committeeRows} />
          {wide ? <Lines lines={[rule('LOG', width)]} width={width} /> : null}
          <EventLog log={view.log} width={width} rows={plan.logRows} />
        </>
      )}
      <Lines lines={status} width={width} rows={1} />
      <Footer width={width} finished={view.finished} />
    </Box>
  );
}
