import type { Key } from 'ink';
import type { UiAction, UiState } from './use-ui-state.js';

/** What a key press asks for: a session command for the controller, or a UI action. */
export type KeyCommand =
  | { readonly kind: 'step' | 'end-of-item' | 'end-of-day' | 'next-day' | 'back' | 'save' | 'quit' | 'jump' | 'save-as' }
  | { readonly kind: 'ask-quit' }
  | { readonly kind: 'ui'; readonly action: UiAction }
  | { readonly kind: 'none' };

const ui = (action: UiAction): KeyCommand => ({ kind: 'ui', action });
const NONE: KeyCommand = { kind: 'none' };

/** Keys of the main screen (see layout/keys.ts for how they are described). */
function mainKey(input: string, key: Key, state: UiState): KeyCommand {
  if (state.showVotes) {
    const scroll = (to: 'up' | 'down' | 'page-up' | 'page-down' | 'home' | 'end') => ui({ type: 'scroll-votes', to, page: 0, count: 0, row: 1 });
    if (key.downArrow) return scroll('down');
    if (key.upArrow) return scroll('up');
    if (key.pageDown) return scroll('page-down');
    if (key.pageUp) return scroll('page-up');
    if (key.home) return scroll('home');
    if (key.end) return scroll('end');
    if (key.escape) return ui({ type: 'toggle-votes' });
  }
  if (key.rightArrow || input === ' ' || input === 'n') return { kind: 'step' };
  if (key.return) return { kind: 'end-of-item' };
  if (key.leftArrow || input === 'b') return { kind: 'back' };
  const byInput: Record<string, KeyCommand> = {
    d: { kind: 'end-of-day' },
    N: { kind: 'next-day' },
    ']': { kind: 'next-day' },
    j: ui({ type: 'open-jump', cursor: state.jumpCursor }),
    v: ui({ type: 'toggle-votes' }),
    '/': ui({ type: 'open-search' }),
    s: { kind: 'save' },
    '?': ui({ type: 'toggle-help' }),
    q: { kind: 'ask-quit' },
  };
  return byInput[input] ?? NONE;
}

/**
 * Maps a key press to a command given the UI state. Pure: the hook runs the command; this
 * function decides nothing about the session beyond naming the key's meaning.
 */
export function keyCommand(input: string, key: Key, state: UiState): KeyCommand {
  switch (state.overlay) {
    case 'help':
      return input === '?' || input === 'q' || key.escape ? ui({ type: 'toggle-help' }) : NONE;
    case 'confirm-quit':
      if (input === 'y') return { kind: 'quit' };
      if (input === 's') return { kind: 'save' };
      return input === 'n' || key.escape ? ui({ type: 'cancel-quit' }) : NONE;
    case 'save-as':
      if (key.escape) return ui({ type: 'close-overlay' });
      if (key.return) return { kind: 'save-as' };
      if (key.backspace || key.delete) return ui({ type: 'save-as-delete' });
      return input && !key.ctrl && !key.meta ? ui({ type: 'save-as-input', text: input }) : NONE;
    case 'search':
      if (key.escape || key.return) return ui({ type: 'close-overlay' });
      if (key.backspace || key.delete) return ui({ type: 'search-delete' });
      return input && !key.ctrl && !key.meta ? ui({ type: 'search-input', text: input }) : NONE;
    case 'jump':
      if (key.upArrow || key.downArrow) return ui({ type: 'jump-move', delta: key.upArrow ? -1 : 1, count: 0 });
      if (key.return) return { kind: 'jump' };
      return key.escape || input === 'j' ? ui({ type: 'close-overlay' }) : NONE;
    case 'none':
      return mainKey(input, key, state);
  }
}
