import { Box, Text } from 'ink';
import { terminalField, terminalText } from '../../domain/safe-text.js';
import type { Question } from '../../training/question.js';
import { Lines } from '../components/Lines.js';
import { hangingRows } from '../layout/line.js';
import { useTheme } from '../theme.js';
import type { PromptState } from './prompt-state.js';

export interface QuestionPromptProps {
  readonly question: Question;
  readonly index: number;
  /** The number of questions, when it is known in advance (a drill); training asks as the session goes. */
  readonly total: number | null;
  readonly state: PromptState;
  /** Shown once the trainee has answered; until then the answer stays hidden. */
  readonly feedback?: { readonly correct: boolean; readonly text: string };
  readonly width?: number;
}

/** One question: the prompt, numbered choices or a number field, then the feedback once answered. */
export function QuestionPrompt({ question, index, total, state, feedback, width = 80 }: QuestionPromptProps) {
  const theme = useTheme();
  const answered = feedback !== undefined;
  return (
    <Box flexDirection="column" width={width}>
      <Text color={theme.accent}>
        Question {total === null ? index + 1 : `${index + 1}/${total}`} · {terminalField(question.topic)}
      </Text>
      <Text wrap="wrap">{terminalText(question.prompt)}</Text>
      {question.kind === 'choice' ? (
        (question.choices ?? []).map((c, i) => (
          <Text key={c.key} wrap="truncate-end">
            {i === state.selected ? '▶' : ' '} {i + 1}) {terminalField(c.label)}
          </Text>
        ))
      ) : (
        <Text>Answer: {state.typed}{answered ? '' : '▏'}</Text>
      )}
      {answered ? (
        <Box flexDirection="column" marginTop={1}>
          <Lines lines={hangingRows(terminalText(feedback.text), width, feedback.correct ? 'adopted' : 'rejected')} width={width} />
          <Text color={theme.muted}>⏎ next question</Text>
        </Box>
      ) : (
        <Text color={theme.muted}>{question.kind === 'choice' ? '↑↓ or 1–9 choose · ⏎ answer' : 'type a number · ⏎ answer'}</Text>
      )}
    </Box>
  );
}
