import type { TrainingPromptView } from '../training/training-controller.js';
import { hangingRows } from './line.js';
import { textWidth } from './shorten.js';

/** Rows a text takes once word-wrapped to `width` (greedy, as ink's wrap does). */
export function wrappedRows(text: string, width: number): number {
  return text.split('\n').reduce((rows, paragraph) => {
    let lines = 1;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      const w = textWidth(word);
      if (used > 0 && used + 1 + w > width) {
        lines += 1;
        used = 0;
      }
      used += (used > 0 ? 1 : 0) + w;
      while (used > width) {
        lines += 1;
        used -= width;
      }
    }
    return rows + lines;
  }, 0);
}

/** Rows of the question prompt (see QuestionPrompt): title, prompt, choices or field, hint or feedback. */
export function promptRows(prompt: TrainingPromptView, width: number): number {
  const body = wrappedRows(prompt.question.prompt, width) + (prompt.question.choices?.length ?? 1);
  const tail = prompt.feedback ? 1 + hangingRows(prompt.feedback.text, width).length + 1 : 1;
  return 1 + body + tail;
}
