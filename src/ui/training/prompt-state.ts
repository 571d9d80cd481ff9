/** The state of one question prompt: the highlighted choice or the digits typed so far. */
export interface PromptState {
  readonly selected: number;
  readonly typed: string;
}

export type PromptAction =
  | { type: 'move-up' }
  | { type: 'move-down' }
  | { type: 'select'; index: number }
  | { type: 'type'; text: string }
  | { type: 'erase' }
  | { type: 'reset' };

export const initialPromptState: PromptState = { selected: 0, typed: '' };

/** Pure reducer of the prompt; `choices` is the number of choices (0 for a number question). */
export function promptReducer(state: PromptState, action: PromptAction, choices: number): PromptState {
  switch (action.type) {
    case 'move-up':
      return { ...state, selected: choices === 0 ? 0 : (state.selected - 1 + choices) % choices };
    case 'move-down':
      return { ...state, selected: choices === 0 ? 0 : (state.selected + 1) % choices };
    case 'select':
      return action.index >= 0 && action.index < choices ? { ...state, selected: action.index } : state;
    case 'type':
      return { ...state, typed: (state.typed + action.text.replace(/\D/g, '')).slice(0, 6) };
    case 'erase':
      return { ...state, typed: state.typed.slice(0, -1) };
    case 'reset':
      return initialPromptState;
  }
}

/** The answer the prompt submits: the highlighted choice key, or the digits typed. */
export function promptAnswer(state: PromptState, keys: readonly string[]): string {
  return keys.length > 0 ? (keys[state.selected] ?? '') : state.typed;
}
