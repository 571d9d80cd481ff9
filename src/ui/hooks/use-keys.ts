import { useInput } from 'ink';
import type { Dispatch } from 'react';
import type { ItemId } from '../../domain/ids.js';
import type { AgendaItemView } from '../../machine/view-model.js';
import { keyCommand } from '../state/key-map.js';
import type { UiAction, UiState } from '../state/use-ui-state.js';

/** The session commands the keys can ask for; the App wires them to the controller. */
export interface KeyCallbacks {
  readonly onStep: () => void;
  readonly onEndOfItem: () => void;
  readonly onEndOfDay: () => void;
  readonly onNextDay: () => void;
  readonly onBack: () => void;
  readonly onJump: (itemId: ItemId) => void;
  readonly onSave: () => void;
  readonly onQuit: () => void;
}

export interface UseKeysOptions extends KeyCallbacks {
  readonly state: UiState;
  readonly dispatch: Dispatch<UiAction>;
  /** The agenda the jump list picks from. */
  readonly items: readonly AgendaItemView[];
  /** Unsaved steps: quitting asks for confirmation when there are any. */
  readonly unsavedSteps: () => number;
}

/** The only `useInput` of the TUI: turns key presses into UI actions and callbacks. */
export function useKeys(o: UseKeysOptions): void {
  useInput((input, key) => {
    const command = keyCommand(input, key, o.state);
    switch (command.kind) {
      case 'ui': {
        const a = command.action;
        o.dispatch(a.type === 'jump-move' ? { ...a, count: o.items.length } : a);
        return;
      }
      case 'jump': {
        const item = o.items[o.state.jumpCursor];
        o.dispatch({ type: 'close-overlay' });
        if (item) o.onJump(item.id);
        return;
      }
      case 'ask-quit':
        if (o.unsavedSteps() > 0) o.dispatch({ type: 'request-quit' });
        else o.onQuit();
        return;
      case 'step': return o.onStep();
      case 'end-of-item': return o.onEndOfItem();
      case 'end-of-day': return o.onEndOfDay();
      case 'next-day': return o.onNextDay();
      case 'back': return o.onBack();
      case 'save': return o.onSave();
      case 'quit': return o.onQuit();
      case 'none': return;
    }
  });
}
