import { useInput } from 'ink';
import { useRef } from 'react';
import type { Question } from '../../training/question.js';
import { promptAnswer, promptReducer, type PromptAction, type PromptState } from './prompt-state.js';

export interface PromptKeysOptions {
  readonly question: Question | null;
  /** True once the answer is scored: ⏎ then goes on. */
  readonly answered: boolean;
  readonly state: PromptState;
  readonly setState: (state: PromptState) => void;
  readonly onAnswer: (raw: string) => void;
  readonly onNext: () => void;
  /** `q` while a question is on screen (training mode asks to confirm). */
  readonly onQuit?: () => void;
  readonly isActive?: boolean;
}

/** The keys of a question prompt: ↑↓ or 1–9 to choose, digits to type a number, ⏎ to answer or go on. */
export function usePromptKeys(options: PromptKeysOptions): void {
  // keys can arrive faster than React re-renders: advance the state here with the pure reducer,
  // and read the options of the last render (ink re-subscribes a new handler only after the frame)
  const latest = useRef(options.state);
  latest.current = options.state;
  const current = useRef(options);
  current.current = options;
  useInput((input, key) => {
    const o = current.current;
    if (o.question === null) return;
    if (input === 'q' && o.onQuit) return o.onQuit();
    if (o.answered) {
      if (key.return) o.onNext();
      return;
    }
    const keys = (o.question.choices ?? []).map((c) => c.key);
    const dispatch = (action: PromptAction) => {
      latest.current = promptReducer(latest.current, action, keys.length);
      o.setState(latest.current);
    };
    if (key.return) {
      const raw = promptAnswer(latest.current, keys);
      if (raw !== '') o.onAnswer(raw);
    } else if (key.upArrow) dispatch({ type: 'move-up' });
    else if (key.downArrow) dispatch({ type: 'move-down' });
    else if (key.backspace || key.delete) dispatch({ type: 'erase' });
    else if (keys.length > 0 && /^[1-9]$/.test(input)) dispatch({ type: 'select', index: Number(input) - 1 });
    else if (keys.length === 0) dispatch({ type: 'type', text: input });
  }, { isActive: options.isActive ?? true });
}
