import { selectSessionView } from '../../view/session-view.js';
import type { SessionView } from '../../view/view-model.js';
import { until } from '../../sim/stepper.js';
import type { Voter } from '../../sim/voter.js';
import { buildDebrief } from '../../training/debrief.js';
import type { TrainingController, TrainingView } from '../../ui/training/training-controller.js';
import { saveJournal, searchMembers, stepOrStay, type SaveJournal } from './session-controller.js';
import { advance, advanceUntil, answerQuestion, isTrainingOver, openQuestion, type TrainingRun } from '../../training/training-run.js';
import { maskView } from '../../training/mask-view.js';

const NOT_IN_TRAINING = { message: 'b and j are off in training: every decision counts and answers are final', kind: 'warning' } as const;

/**
 * The training TUI's controller: steps the training run, masks the decision while a question is
 * open, scores answers at once and times them with the injected clock (principle 2).
 */
export function createTrainingController(options: { run: TrainingRun; voter: Voter; save: SaveJournal; now: () => number }): TrainingController & { current(): TrainingRun } {
  let run = options.run;
  let saved = 0;
  let reviewing = false; // the last answer's feedback is on screen
  let shownAt = options.now();
  let notice: SessionView['status'] = null;
  let view: SessionView;
  let training: TrainingView;
  const listeners = new Set<() => void>();
  const project = () => {
    const after = selectSessionView(run.stepper.snapshot, { showVotes: true });
    const open = openQuestion(run);
    const masked = open !== null && run.askedAfter !== null ? maskView(selectSessionView(run.askedAfter, { showVotes: true }), after) : after;
    view = notice ? { ...masked, status: notice } : masked;
    const last = run.answers.at(-1);
    const shown = reviewing && last ? run.questions[run.answers.length - 1]! : open;
    const prompt = shown && {
      question: shown,
      index: reviewing ? run.answers.length - 1 : run.answers.length,
      ...(reviewing && last ? { feedback: { correct: last.correct, text: last.feedback } } : {}),
    };
    training = { prompt, debrief: !reviewing && isTrainingOver(run) ? buildDebrief(run.questions, run.answers) : null };
  };
  const update = (next: TrainingRun, status: SessionView['status'] = null) => {
    const opened = openQuestion(run) === null && openQuestion(next) !== null;
    run = next;
    notice = status;
    if (opened) shownAt = options.now();
    project();
    for (const l of listeners) l();
  };
  const take = (next: () => TrainingRun) => {
    const taken = stepOrStay(run, next);
    update(taken.value, taken.status);
  };
  const stepUntil = (done: (r: TrainingRun) => boolean) => take(() => advanceUntil(run, options.voter, done));
  project();
  return {
    current: () => run,
    getView: () => view,
    getTraining: () => training,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    step: () => take(() => advance(run, options.voter)),
    endOfItem: () => stepUntil((r) => until.endOfItem(r.stepper.snapshot)),
    endOfDay: () => stepUntil((r) => until.endOfDay(r.stepper.snapshot)),
    nextDay: () => {
      const start = run.stepper.snapshot;
      stepUntil((r) => until.nextDay(r.stepper.snapshot, start));
    },
    back: () => update(run, NOT_IN_TRAINING),
    jump: () => update(run, NOT_IN_TRAINING),
    answer(raw) {
      if (reviewing || openQuestion(run) === null) return;
      reviewing = true;
      update(answerQuestion(run, raw, Math.round(options.now() - shownAt)));
    },
    next() {
      if (!reviewing) return;
      reviewing = false;
      shownAt = options.now();
      update(run);
    },
    async save(path) {
      const count = run.stepper.events.length;
      const result = await saveJournal(options.save, run.stepper.events, path);
      if (!(result instanceof Error)) saved = count;
      return result;
    },
    unsavedSteps: () => Math.max(0, run.stepper.events.length - saved),
    searchMembers: (query) => searchMembers(run.stepper.snapshot, query),
  };
}
