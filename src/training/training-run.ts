import type { SessionSnapshot } from '../machine/autopilot.js';
import { driveUntil } from '../sim/continue-session.js';
import { createSessionSetup } from '../scenario/session-setup.js';
import { createRng, type RngState } from '../random/seeded-rng.js';
import type { Scenario } from '../scenario/schema.js';
import type { Incident } from '../scenario/training-schema.js';
import { createStepper, isFinished, send, step, type Stepper } from '../sim/stepper.js';
import type { Voter } from '../sim/voter.js';
import { decisionPointsFor, type TrainingRole } from './decision-points.js';
import { incidentEvents } from './incident-events.js';
import { applyScenarioIncidents, scheduleIncidents } from './incidents.js';
import type { Question } from './question.js';
import { scoreAnswer, type ScoredAnswer } from './score.js';

/**
 * A training session as plain data: the stepper, the incidents still to inject, the questions
 * asked so far and the answers. The machine always takes the proper step (the autopilot's, or an
 * incident's); the trainee's answers are only scored, so a wrong answer never derails the session.
 */
export interface TrainingRun {
  readonly role: TrainingRole;
  readonly stepper: Stepper;
  readonly incidents: readonly Incident[];
  readonly rng: RngState;
  /** Every question asked so far, in order; those from `answers.length` on are still open. */
  readonly questions: readonly Question[];
  readonly answers: readonly ScoredAnswer[];
  /** The snapshot before the step that asked the open questions: the screen shows its settled history. */
  readonly askedAfter: SessionSnapshot | null;
  /** The incidents injected so far, in order. */
  readonly fired: readonly Incident[];
}

// these change the scenario itself (applyScenarioIncidents) and are never injected as events
const SCENARIO_LEVEL: readonly Incident['kind'][] = ['credentials-disputed', 'late-nomination'];

/** The run at the start of the session: incidents scheduled from the scenario's `training` block. */
export function createTrainingRun(scenario: Scenario, seed: number, role: TrainingRole): { run: TrainingRun; scenario: Scenario } {
  const training = scenario.training ?? { incidents: [], random: { rate: 0 } };
  const scheduled = scheduleIncidents(createSessionSetup(scenario), training, createRng(seed));
  const changed = applyScenarioIncidents(scenario, scheduled.incidents);
  const run: TrainingRun = {
    role,
    stepper: createStepper(createSessionSetup(changed), seed),
    incidents: scheduled.incidents.filter((i) => !SCENARIO_LEVEL.includes(i.kind)),
    rng: scheduled.rng,
    questions: [],
    answers: [],
    askedAfter: null,
    fired: [],
  };
  return { run, scenario: changed };
}

/** The first question not yet answered, or null. */
export function openQuestion(run: TrainingRun): Question | null {
  return run.questions[run.answers.length] ?? null;
}

export function isTrainingOver(run: TrainingRun): boolean {
  return openQuestion(run) === null && isFinished(run.stepper);
}

/**
 * One step of the session: an incident due now, else the proper next step; the step's decision
 * points for the role are queued as open questions. Does nothing while a question is open.
 */
export function advance(run: TrainingRun, voter: Voter): TrainingRun {
  if (openQuestion(run) !== null || isFinished(run.stepper)) return run;
  const before = run.stepper;
  const due = incidentEvents(before.snapshot, run.incidents, run.rng);
  const incident = due.events[0];
  const after = incident ? send(before, incident) : step(before, voter);
  const event = after.events.length > before.events.length ? after.events.at(-1) : undefined;
  const asked = event ? decisionPointsFor(before.snapshot, event, after.snapshot, run.role) : [];
  const askedAfter = asked.length > 0 ? before.snapshot : run.askedAfter;
  const fired = incident && after !== before ? run.incidents.filter((i) => !due.pending.includes(i)) : [];
  return { ...run, stepper: after, incidents: due.pending, rng: due.rng, questions: [...run.questions, ...asked], askedAfter, fired: [...run.fired, ...fired] };
}

/** Steps until a question is open, `done` holds, or the session ends; at least one step. */
export function advanceUntil(run: TrainingRun, voter: Voter, done: (run: TrainingRun) => boolean): TrainingRun {
  // the one loop and cap every driver shares (issue 18): a session that does not end never hangs training
  return driveUntil(run, (r) => advance(r, voter), (r) => openQuestion(r) !== null || isFinished(r.stepper) || done(r), (r) => r.stepper.snapshot, true);
}

/** Scores the trainee's answer to the open question at once (the rules core gave the expected answer). */
export function answerQuestion(run: TrainingRun, raw: string, elapsedMs: number): TrainingRun {
  const question = openQuestion(run);
  if (question === null) return run;
  return { ...run, answers: [...run.answers, scoreAnswer(question, raw, elapsedMs)] };
}
