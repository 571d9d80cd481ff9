import type { Citation } from '../domain/ids.js';
import { phaseOf, type Phase, type SessionSnapshot } from '../machine/autopilot.js';
import { nextStep, type NextStep } from '../sim/autopilot.js';
import { eventLabel, isEventType } from '../machine/events.js';
import { MOTION_PRECEDENCE, nextMotionToPut, type MotionKind } from '../rules/motions.js';
import type { Question } from './question.js';

const MOTION_LABELS: Readonly<Record<MotionKind, string>> = {
  'point-of-order': 'the point of order',
  appeal: 'the appeal against the ruling',
  suspend: 'the motion to suspend the meeting',
  'adjourn-sitting': 'the motion to adjourn the sitting',
  'adjourn-debate': 'the motion to adjourn the debate',
  'close-debate': 'the motion to close the debate',
};

const PRECEDENCE: Citation = { rule: 'R6.5', source: 'RPGA Art 30 (points of order first, R6.2)' };

/** Which pending motion is dealt with first: `nextMotionToPut` (R6.2, R6.5); null with none pending. */
export function motionPrecedenceQuestion(pending: readonly MotionKind[], id = `motions/${pending.join('+')}`): Question | null {
  const first = nextMotionToPut(pending);
  if (first === undefined) return null;
  const ordered = MOTION_PRECEDENCE.filter((m) => pending.includes(m));
  return {
    id,
    topic: 'motions',
    prompt: `Pending: ${pending.map((m) => MOTION_LABELS[m]).join('; ')}. Which is put first?`,
    kind: 'choice',
    choices: pending.map((key) => ({ key, label: MOTION_LABELS[key] })),
    answer: first,
    explanation: { text: `order of precedence: ${ordered.map((m) => MOTION_LABELS[m]).join(', then ')}`, citation: PRECEDENCE },
  };
}

/** The steps a chair might take, as choice keys: chair event types (labelled by the event's own schema), `ballot` and `done`. */
const STEP_LABELS: Readonly<Record<string, string>> = {
  ballot: 'take the vote (members vote, tellers count)',
  done: 'nothing: the session is over',
};

/** A step's words: the event's own description, or the two steps that are not an event. */
function stepLabel(key: string): string {
  return isEventType(key) ? eventLabel(key) : (STEP_LABELS[key] ?? key);
}

const STEP_CITATIONS: Readonly<Record<string, Citation>> = {
  'chair.putMotion': PRECEDENCE,
  'chair.decideCredentials': { rule: 'R5.6', source: 'RPGA Art 8' },
  'chair.closeBallot': { rule: 'R3.7', source: 'RPGA Art 40(4)' },
  'chair.ruleOnPointOfOrder': { rule: 'R6.2', source: 'GR Art 28; RPGA Arts 25(1), 26' },
  ballot: { rule: 'R3.8', source: 'RPGA Art 26(5)' },
};

const AGENDA: Citation = { rule: 'R5.4', source: 'the agenda as adopted (RPGA Art 13)' };

/** The key of a step: its event type, `ballot` or `done`. */
export function stepKey(step: NextStep): string {
  return step.kind === 'event' ? step.event.type : step.kind;
}

// distractors are taken in this order, so that the choices are the same for the same snapshot
const PLAUSIBLE = ['chair.putToVote', 'chair.closeItem', 'chair.putMotion', 'chair.closeBallot', 'chair.openItem', 'ballot', 'chair.resumeSitting', 'chair.adjournDay'];

/** Where the session stands, in the words of the floor rather than the machine's state names. */
const PHASE_WORDS: Readonly<Record<Phase, string>> = {
  preSession: 'before the opening of the session',
  floor: 'between items',
  debate: 'in debate on the item',
  voting: 'voting',
  counted: 'counted: the tellers have the figures',
  announced: 'the result has just been announced',
  suspended: 'the sitting is suspended',
  pointOfOrder: 'a point of order has been raised',
  ruled: 'the chair has ruled on the point of order',
  appealVoting: 'voting on an appeal against the ruling',
  adjourned: 'adjourned until the next day',
  closed: 'the session is closed',
};

/** What is the next step of the procedure? The answer is the autopilot's `nextStep(snapshot)`. */
export function nextStepQuestion(snapshot: SessionSnapshot, id = `next-step/${snapshot.context.seq}`): Question {
  const answer = stepKey(nextStep(snapshot));
  const keys = [answer, ...PLAUSIBLE.filter((k) => k !== answer).slice(0, 3)].sort((a, b) => PLAUSIBLE.indexOf(a) - PLAUSIBLE.indexOf(b));
  return {
    id,
    topic: 'procedure',
    prompt: `Item ${snapshot.context.setup.items[snapshot.context.item]?.number ?? snapshot.context.item + 1}: ${PHASE_WORDS[phaseOf(snapshot)]}. What is the next step?`,
    kind: 'choice',
    choices: keys.map((key) => ({ key, label: stepLabel(key) })),
    answer,
    explanation: { text: `next: ${stepLabel(answer)}`, citation: STEP_CITATIONS[answer] ?? AGENDA },
  };
}
