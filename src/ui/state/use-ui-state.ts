import { useReducer } from 'react';

/** What covers the session body; one at a time. */
export type UiOverlay = 'none' | 'help' | 'search' | 'jump' | 'confirm-quit';

/** Local interaction state of the TUI: nothing here is part of the session. */
export interface UiState {
  readonly overlay: UiOverlay;
  readonly showVotes: boolean;
  readonly query: string;
  readonly jumpCursor: number;
}

export type UiAction =
  | { readonly type: 'toggle-help' }
  | { readonly type: 'toggle-votes' }
  | { readonly type: 'open-search' }
  | { readonly type: 'search-input'; readonly text: string }
  | { readonly type: 'search-delete' }
  | { readonly type: 'open-jump'; readonly cursor: number }
  | { readonly type: 'jump-move'; readonly delta: number; readonly count: number }
  | { readonly type: 'close-overlay' }
  | { readonly type: 'request-quit' }
  | { readonly type: 'cancel-quit' };

export const initialUiState: UiState = { overlay: 'none', showVotes: false, query: '', jumpCursor: 0 };

export function uiReducer(state: UiState, action: UiAction): UiState {
  switch (action.type) {
    case 'toggle-help':
      return { ...state, overlay: state.overlay === 'help' ? 'none' : 'help' };
    case 'toggle-votes':
      return { ...state, showVotes: !state.showVotes };
    case 'open-search':
      return { ...state, overlay: 'search', query: '' };
    case 'search-input':
      return { ...state, query: state.query + action.text };
    case 'search-delete':
      return { ...state, query: [...state.query].slice(0, -1).join('') };
    case 'open-jump':
      return { ...state, overlay: 'jump', jumpCursor: action.cursor };
    case 'jump-move': {
      const cursor = Math.min(Math.max(0, state.jumpCursor + action.delta), Math.max(0, action.count - 1));
      return { ...state, jumpCursor: cursor };
    }
    case 'close-overlay':
    case 'cancel-quit':
      return { ...state, overlay: 'none' };
    case 'request-quit':
      return { ...state, overlay: 'confirm-quit' };
  }
}

export function useUiState() {
  return useReducer(uiReducer, initialUiState);
}
