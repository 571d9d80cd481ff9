import type { Debrief } from '../../training/debrief.js';
import type { Question } from '../../training/question.js';
import type { SessionController } from '../controller.js';

/** The question on screen: open, or answered with its feedback until the trainee goes on. */
export interface TrainingPromptView {
  readonly question: Question;
  /** 0-based number of the question in the session; how many the session asks is known only at its end. */
  readonly index: number;
  readonly feedback?: { readonly correct: boolean; readonly text: string };
}

/** What the training screen shows besides the session: the prompt, or the debrief once over. */
export interface TrainingView {
  readonly prompt: TrainingPromptView | null;
  /** Set when the session is over and every question is answered. */
  readonly debrief: Debrief | null;
}

/**
 * A session controller that also asks the trainee: while a question is open `getView` masks the
 * decision and the stepping commands do nothing. The answers are scored by the integrator.
 */
export interface TrainingController extends SessionController {
  /** The training view; the same object until it changes (useSyncExternalStore). */
  getTraining(): TrainingView;
  /** Answers the open question (a choice key or number, or a number). */
  answer(raw: string): void;
  /** Leaves the feedback of the last answer and goes on. */
  next(): void;
}
