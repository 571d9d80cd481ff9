import { useCallback, useState, useSyncExternalStore, type Dispatch } from 'react';
import type { StatusView } from '../view/view-model.js';
import { JournalExistsError, type SessionController } from './controller.js';
import type { ScreenOverlay } from './components/Screen.js';
import { Screen, votesPage } from './components/Screen.js';
import { useKeys } from './hooks/use-keys.js';
import { useQuit } from './hooks/use-quit.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import type { UiAction, UiState } from './state/use-ui-state.js';
import { useUiState } from './state/use-ui-state.js';
import { ThemeContext, selectTheme } from './theme.js';

export interface AppProps {
  readonly controller: SessionController;
  /** True when NO_COLOR is set; the shell reads the environment, not the App. */
  readonly noColor?: boolean;
  /** Called after the user quits, once ink has been asked to exit. */
  readonly onExit?: () => void;
}

/** The overlay the UI state asks for, with what the controller knows. */
export function overlayOf(ui: UiState, controller: SessionController): ScreenOverlay {
  switch (ui.overlay) {
    case 'none': case 'help': return { kind: ui.overlay };
    case 'confirm-quit': return { kind: 'confirm-quit', unsaved: controller.unsavedSteps() };
    case 'search': return { kind: 'search', query: ui.query, hits: ui.query ? controller.searchMembers(ui.query) : [] };
    case 'jump': return { kind: 'jump', cursor: ui.jumpCursor };
    case 'save-as': return { kind: 'save-as', path: ui.saveAs, reason: ui.saveAsReason };
  }
}

/**
 * `s`: saves the journal and says where; when the file exists and may not be overwritten, opens
 * the save-as prompt with a free name instead of an error (issue 17).
 */
export function useSaveCommand(controller: SessionController, dispatch: Dispatch<UiAction>, setNotice: (notice: StatusView | null) => void) {
  return (path?: string) => {
    void controller.save(path).then((result) => {
      if (result instanceof JournalExistsError) {
        setNotice({ message: `${result.path} exists: save as another file, or Esc`, kind: 'warning' });
        dispatch({ type: 'open-save-as', path: result.suggestion, reason: `${result.path} exists and is kept (--force would overwrite it).` });
      } else {
        setNotice(result instanceof Error ? { message: `not saved: ${result.message}`, kind: 'error' } : { message: `saved to ${result}`, kind: 'info' });
      }
    });
  };
}

/** The session TUI: renders the controller's view and forwards the keys to it. */
export function App({ controller, noColor = false, onExit }: AppProps) {
  const subscribe = useCallback((listener: () => void) => controller.subscribe(listener), [controller]);
  const view = useSyncExternalStore(subscribe, () => controller.getView());
  const { width, height } = useTerminalSize();
  const [ui, dispatch] = useUiState();
  const [notice, setNotice] = useState<StatusView | null>(null);
  const { quitting, quit } = useQuit(onExit);
  const command = useCallback((run: () => void) => () => { setNotice(null); run(); }, []);
  const onSave = useSaveCommand(controller, dispatch, setNotice);
  useKeys({
    isActive: !quitting,
    state: ui, dispatch, items: view.agenda.session, unsavedSteps: () => controller.unsavedSteps(),
    onStep: command(() => controller.step()),
    onEndOfItem: command(() => controller.endOfItem()),
    onEndOfDay: command(() => controller.endOfDay()),
    onNextDay: command(() => controller.nextDay()),
    onBack: command(() => controller.back()),
    onJump: (id) => command(() => controller.jump(id))(),
    onSave: () => onSave(),
    onSaveAs: (path) => onSave(path),
    onQuit: quit,
    votes: () => ({ count: view.memberVotes?.rows.length ?? 0, ...votesPage(view, width, height) }),
  });
  return (
    <ThemeContext.Provider value={selectTheme(noColor)}>
      <Screen view={notice ? { ...view, status: notice } : view} width={width} height={height} overlay={quitting ? { kind: 'none' } : overlayOf(ui, controller)}
        showVotes={ui.showVotes && !quitting} votesOffset={ui.votesOffset} />
    </ThemeContext.Provider>
  );
}
