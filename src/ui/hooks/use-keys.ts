import { useInput } from 'ink';
import type { Dispatch } from 'react';
import { useRef } from 'react';
import type { ItemId } from '../../domain/ids.js';
import type { AgendaItemView } from '../../view/view-model.js';
import { keyCommand } from '../state/key-map.js';
import type { UiAction, UiState } from '../state/use-ui-state.js';
import { uiReducer } from '../state/use-ui-state.js';

/** The session commands the keys can ask for; the App wires them to the controller. */
export interface KeyCallbacks {
  readonly onStep: () => void;
  readonly onEndOfItem: () => void;
  readonly onEndOfDay: () => void;
  readonly onNextDay: () => void;
  readonly onBack: () => void;
  readonly onJump: (itemId: ItemId) => void;
  readonly onSave: () => void;
  /** Saves to the file named in the save-as prompt. */
  readonly onSaveAs?: (path: string) => void;
  readonly onQuit: () => void;
}

export interface UseKeysOptions extends KeyCallbacks {
  readonly state: UiState;
  readonly dispatch: Dispatch<UiAction>;
  /** The items the jump list picks from: the whole session's. */
  readonly items: readonly AgendaItemView[];
  /** Unsaved steps: quitting asks for confirmation when there are any. */
  readonly unsavedSteps: () => number;
  /** False while another hook owns the keys (training mode's question prompt). */
  readonly isActive?: boolean;
  /** Member-vote rows and the rows a page shows, for scrolling the list. */
  readonly votes?: () => { readonly count: number; readonly page: number; readonly row: number };
}

/** The only `useInput` of the TUI: turns key presses into UI actions and callbacks. */
export function useKeys(options: UseKeysOptions): void {
  // Keys can arrive faster than React re-renders (key repeat, paste): the state the next key is
  // read against is advanced here with the same pure reducer, not taken from the last render.
  const latest = useRef(options.state);
  latest.current = options.state;
  useInput((input, key) => {
    const o = options;
    const dispatch = (action: UiAction) => {
      latest.current = uiReducer(latest.current, action);
      o.dispatch(action);
    };
    const command = keyCommand(input, key, latest.current);
    switch (command.kind) {
      case 'ui': {
        const a = command.action;
        if (a.type === 'scroll-votes') dispatch({ ...a, ...(o.votes?.() ?? { count: 0, page: 1, row: 1 }) });
        else if (a.type === 'open-jump') dispatch({ ...a, cursor: Math.max(0, o.items.findIndex((i) => i.current || i.status === 'pending')) });
        else dispatch(a.type === 'jump-move' ? { ...a, count: o.items.length } : a);
        return;
      }
      case 'save-as': {
        const path = latest.current.saveAs.trim();
        dispatch({ type: 'close-overlay' });
        if (path !== '') o.onSaveAs?.(path);
        return;
      }
      case 'jump': {
        const item = o.items[latest.current.jumpCursor];
        dispatch({ type: 'close-overlay' });
        if (item) o.onJump(item.id);
        return;
      }
      case 'ask-quit':
        if (o.unsavedSteps() > 0) dispatch({ type: 'request-quit' });
        else o.onQuit();
        return;
      case 'step': return o.onStep();
      case 'end-of-item': return o.onEndOfItem();
      case 'end-of-day': return o.onEndOfDay();
      case 'next-day': return o.onNextDay();
      case 'back': return o.onBack();
      case 'save':
        if (latest.current.overlay === 'confirm-quit') dispatch({ type: 'cancel-quit' });
        return o.onSave();
      case 'quit': return o.onQuit();
      case 'none': return;
    }
  }, { isActive: options.isActive ?? true });
}
