import { Text, useApp, useInput } from 'ink';
import { useRef, useState } from 'react';
import type { Question } from '../../training/question.js';
import { scoreAnswer, type ScoredAnswer } from '../../training/score.js';
import { initialPromptState, promptAnswer, promptReducer, type PromptAction } from './prompt-state.js';
import { QuestionPrompt } from './QuestionPrompt.js';

export interface DrillAppProps {
  readonly questions: readonly Question[];
  /** The clock, supplied by the shell (principle 2). */
  readonly now: () => number;
  readonly onFinish: (answers: readonly ScoredAnswer[]) => void;
  readonly width?: number;
}

/** Asks the questions one by one; a wrong answer shows the feedback and the drill goes on. */
export function DrillApp({ questions, now, onFinish, width }: DrillAppProps) {
  const { exit } = useApp();
  const [index, setIndex] = useState(0);
  const [state, setState] = useState(initialPromptState);
  const [answers, setAnswers] = useState<readonly ScoredAnswer[]>([]);
  const shownAt = useRef(now());
  const question = questions[index];
  const scored = answers[index];
  const keys = (question?.choices ?? []).map((c) => c.key);
  const dispatch = (action: PromptAction) => setState((s) => promptReducer(s, action, keys.length));

  useInput((input, key) => {
    if (question === undefined) return;
    if (scored !== undefined) {
      if (!key.return) return;
      if (index + 1 >= questions.length) {
        onFinish(answers);
        exit();
        return;
      }
      setIndex(index + 1);
      setState(initialPromptState);
      shownAt.current = now();
      return;
    }
    if (key.return) {
      const raw = promptAnswer(state, keys);
      if (raw === '') return;
      setAnswers([...answers, scoreAnswer(question, raw, Math.round(now() - shownAt.current))]);
    } else if (key.upArrow) dispatch({ type: 'move-up' });
    else if (key.downArrow) dispatch({ type: 'move-down' });
    else if (key.backspace || key.delete) dispatch({ type: 'erase' });
    else if (keys.length > 0 && /^[1-9]$/.test(input)) dispatch({ type: 'select', index: Number(input) - 1 });
    else if (keys.length === 0) dispatch({ type: 'type', text: input });
  });

  if (question === undefined) return <Text>No questions.</Text>;
  const feedback = scored && { correct: scored.correct, text: scored.feedback };
  return <QuestionPrompt question={question} index={index} total={questions.length} state={state} width={width} {...(feedback ? { feedback } : {})} />;
}
