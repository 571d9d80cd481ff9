import { useReducer } from 'react';

/** What covers the session body; one at a time. */
export type UiOverlay = 'none' | 'help' | 'search' | 'jump' | 'confirm-quit' | 'save-as';

/** Local interaction state of the TUI: nothing here is part of the session. */
export interface UiState {
  readonly overlay: UiOverlay;
  readonly showVotes: boolean;
  readonly query: string;
  readonly jumpCursor: number;
  /** The first row of member votes shown: the list scrolls with ↓ ↑ PgDn PgUp Home End. */
  readonly votesOffset: number;
  /** The file name typed in the save-as prompt. */
  readonly saveAs: string;
  /** Why the save-as prompt is open, e.g. "x.jsonl exists". */
  readonly saveAsReason: string;
}

export type UiAction =
  | { readonly type: 'toggle-help' }
  | { readonly type: 'toggle-votes' }
  | { readonly type: 'scroll-votes'; readonly to: 'up' | 'down' | 'page-up' | 'page-down' | 'home' | 'end'; readonly page: number; readonly count: number; readonly row: number }
  | { readonly type: 'open-save-as'; readonly path: string; readonly reason: string }
  | { readonly type: 'save-as-input'; readonly text: string }
  | { readonly type: 'save-as-delete' }
  | { readonly type: 'open-search' }
  | { readonly type: 'search-input'; readonly text: string }
  | { readonly type: 'search-delete' }
  | { readonly type: 'open-jump'; readonly cursor: number }
  | { readonly type: 'jump-move'; readonly delta: number; readonly count: number }
  | { readonly type: 'close-overlay' }
  | { readonly type: 'request-quit' }
  | { readonly type: 'cancel-quit' };

export const initialUiState: UiState = { overlay: 'none', showVotes: false, query: '', jumpCursor: 0, votesOffset: 0, saveAs: '', saveAsReason: '' };

export function uiReducer(state: UiState, action: UiAction): UiState {
  switch (action.type) {
    case 'toggle-help':
      return { ...state, overlay: state.overlay === 'help' ? 'none' : 'help' };
    case 'toggle-votes':
      return { ...state, showVotes: !state.showVotes, votesOffset: 0 };
    case 'scroll-votes': {
      // in whole rows of `row` members, so the columns keep their places
      const row = Math.max(1, action.row);
      const last = Math.max(0, Math.ceil((action.count - action.page) / row) * row);
      const by = { up: -row, down: row, 'page-up': -action.page, 'page-down': action.page, home: -Infinity, end: Infinity }[action.to];
      return { ...state, votesOffset: Math.min(last, Math.max(0, state.votesOffset + by)) };
    }
    case 'open-save-as':
      return { ...state, overlay: 'save-as', saveAs: action.path, saveAsReason: action.reason };
    case 'save-as-input':
      return { ...state, saveAs: state.saveAs + action.text };
    case 'save-as-delete':
      return { ...state, saveAs: [...state.saveAs].slice(0, -1).join('') };
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
