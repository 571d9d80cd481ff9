import type { Incident } from '../scenario/training-schema.js';
import type { Voter } from '../sim/voter.js';
import { formatQuestion } from './question-text.js';
import { advance, answerQuestion, isTrainingOver, openQuestion, type TrainingRun } from './training-run.js';

/** An incident as one line of the transcript, e.g. "point-of-order on budget-2029". */
export function describeIncident(incident: Incident): string {
  const where = 'item' in incident ? ` on ${incident.item}` : 'applicant' in incident ? ` (${incident.applicant})` : '';
  return `${incident.kind}${where}`;
}

/**
 * Runs the whole training session headless with scripted answers (one per question, in order;
 * past the last line a question counts as unanswered and is scored wrong), handing each block of
 * the transcript (an incident, or a question with the answer given and the feedback) to `emit`.
 * Returns the finished run. The shell decides where the transcript goes.
 */
export function runScriptedTraining(start: TrainingRun, voter: Voter, lines: readonly string[], emit: (text: string) => void): TrainingRun {
  let run = start;
  while (!isTrainingOver(run)) {
    const question = openQuestion(run);
    if (question === null) {
      const next = advance(run, voter);
      for (const incident of next.fired.slice(run.fired.length)) emit(`Incident: ${describeIncident(incident)}\n\n`);
      run = next;
      continue;
    }
    const i = run.answers.length;
    const raw = lines[i]?.trim() ?? '';
    run = answerQuestion(run, raw, 0);
    emit(`${formatQuestion(question, i, null)}> ${raw === '' ? '(no answer)' : raw}\n${run.answers[i]!.feedback}\n\n`);
  }
  return run;
}
