import { Text, useApp } from 'ink';
import { useRef, useState } from 'react';
import type { Question } from '../../training/question.js';
import { scoreAnswer, type ScoredAnswer } from '../../training/score.js';
import { initialPromptState } from './prompt-state.js';
import { QuestionPrompt } from './QuestionPrompt.js';
import { usePromptKeys } from './use-prompt-keys.js';

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

  usePromptKeys({
    question: question ?? null,
    answered: scored !== undefined,
    state,
    setState,
    onAnswer: (raw) => question && setAnswers([...answers, scoreAnswer(question, raw, Math.round(now() - shownAt.current))]),
    onNext: () => {
      if (index + 1 >= questions.length) {
        onFinish(answers);
        exit();
        return;
      }
      setIndex(index + 1);
      setState(initialPromptState);
      shownAt.current = now();
    },
  });

  if (question === undefined) return <Text>No questions.</Text>;
  const feedback = scored && { correct: scored.correct, text: scored.feedback };
  return <QuestionPrompt question={question} index={index} total={questions.length} state={state} width={width} {...(feedback ? { feedback } : {})} />;
}
