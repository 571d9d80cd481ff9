import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { advance, answerQuestion, createTrainingRun, isTrainingOver, openQuestion, type TrainingRun } from '../../../src/training/training-run.js';
import { ScenarioSchema, type Scenario } from '../../../src/scenario/schema.js';
import { createVoter, type Voter } from '../../../src/sim/voter.js';
import type { TrainingRole } from '../../../src/training/decision-points.js';
import { compileBehaviour } from '../../../src/sim/behaviour/index.js';

export function loadScenario(path: string): Scenario {
  return ScenarioSchema.parse(parse(readFileSync(path, 'utf8')));
}

/** A training run at the start of the scenario at `path`, with its voters. */
export function startTraining(path: string, role: TrainingRole): { run: TrainingRun; voter: Voter } {
  const scenario = loadScenario(path);
  const { run, scenario: changed } = createTrainingRun(scenario, scenario.seed, role);
  return { run, voter: createVoter(compileBehaviour(changed), scenario.seed) };
}

/** Runs the session answering each question with its own expected answer (`q.answer`, from the rules core). */
export function runWithRightAnswers(path: string, role: TrainingRole): TrainingRun {
  let { run, voter } = startTraining(path, role);
  while (!isTrainingOver(run)) {
    const q = openQuestion(run);
    run = q === null ? advance(run, voter) : answerQuestion(run, String(q.answer), 0);
  }
  return run;
}

/** The answers file that gives full marks: the expected answers, one per line. */
export function expectedAnswers(path: string, role: TrainingRole): string[] {
  return runWithRightAnswers(path, role).questions.map((q) => String(q.answer));
}
