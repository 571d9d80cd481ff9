import { useCallback, useState, useSyncExternalStore } from 'react';
import type { StatusView } from '../../view/view-model.js';
import { overlayOf, useSaveCommand } from '../App.js';
import { votesPage } from '../components/Screen.js';
import { useKeys } from '../hooks/use-keys.js';
import { useQuit } from '../hooks/use-quit.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { useUiState } from '../state/use-ui-state.js';
import { ThemeContext, selectTheme } from '../theme.js';
import { initialPromptState, type PromptState } from './prompt-state.js';
import type { TrainingController } from './training-controller.js';
import { TrainingScreen } from './TrainingScreen.js';
import { usePromptKeys } from './use-prompt-keys.js';

export interface TrainingAppProps {
  readonly controller: TrainingController;
  readonly noColor?: boolean;
  readonly onExit?: () => void;
}

/**
 * `gasim train`: the session TUI whose keys go to the question prompt while a question is on
 * screen (the stepping keys wait; `q` still asks to quit), and to the session otherwise.
 */
export function TrainingApp({ controller, noColor = false, onExit }: TrainingAppProps) {
  const subscribe = useCallback((listener: () => void) => controller.subscribe(listener), [controller]);
  const view = useSyncExternalStore(subscribe, () => controller.getView());
  const training = useSyncExternalStore(subscribe, () => controller.getTraining());
  const { width, height } = useTerminalSize();
  const [ui, dispatch] = useUiState();
  const [prompt, setPrompt] = useState<{ id: string; state: PromptState }>({ id: '', state: initialPromptState });
  const question = training.prompt?.question ?? null;
  const state = question && prompt.id === question.id ? prompt.state : initialPromptState;
  const asking = question !== null && ui.overlay === 'none';
  const { quitting, quit } = useQuit(onExit);
  const [notice, setNotice] = useState<StatusView | null>(null);
  const onSave = useSaveCommand(controller, dispatch, setNotice);
  usePromptKeys({
    isActive: asking && !quitting,
    question,
    answered: training.prompt?.feedback !== undefined,
    state,
    setState: (next) => setPrompt({ id: question?.id ?? '', state: next }),
    onAnswer: (raw) => controller.answer(raw),
    onNext: () => controller.next(),
    onQuit: () => dispatch({ type: 'request-quit' }),
  });
  useKeys({
    isActive: !asking && !quitting,
    state: ui, dispatch, items: view.agenda.session,
    unsavedSteps: () => (training.debrief ? 0 : Math.max(1, controller.unsavedSteps())),
    onStep: () => controller.step(),
    onEndOfItem: () => controller.endOfItem(),
    onEndOfDay: () => controller.endOfDay(),
    onNextDay: () => controller.nextDay(),
    onBack: () => controller.back(),
    onJump: (id) => controller.jump(id),
    onSave: () => onSave(),
    onSaveAs: (path) => onSave(path),
    votes: () => ({ count: view.memberVotes?.rows.length ?? 0, ...votesPage(view, width, height) }),
    onQuit: quit,
  });
  return (
    <ThemeContext.Provider value={selectTheme(noColor)}>
      <TrainingScreen view={notice ? { ...view, status: notice } : view} training={training} prompt={state} width={width} height={height}
        overlay={quitting ? { kind: 'none' } : overlayOf(ui, controller)} showVotes={ui.showVotes && !quitting} votesOffset={ui.votesOffset} />
    </ThemeContext.Provider>
  );
}
