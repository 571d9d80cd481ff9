import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createActor } from 'xstate';
import { type SessionSnapshot } from '../../src/machine/autopilot.js';
import { nextStep } from '../../src/sim/autopilot.js';
import type { SessionEvent } from '../../src/machine/events.js';
import { sessionMachine } from '../../src/machine/session-machine.js';
import { createSessionSetup } from '../../src/scenario/session-setup.js';
import { ScenarioSchema } from '../../src/scenario/schema.js';
import { decisionPointsFor, TRAINING_ROLES, type TrainingRole } from '../../src/training/index.js';

/** Runs Marrakech on autopilot and collects each role's questions at every step. */
function questionsByRole(): Record<TrainingRole, string[]> {
  const scenario = ScenarioSchema.parse(parse(readFileSync('scenarios/marrakech-2025.yaml', 'utf8')));
  const actor = createActor(sessionMachine, { input: { setup: createSessionSetup(scenario), seed: 1 } }).start();
  const asked: Record<TrainingRole, string[]> = { chair: [], secretariat: [], 'elections-board': [] };
  for (let i = 0; i < 2000; i++) {
    const before: SessionSnapshot = actor.getSnapshot();
    const step = nextStep(before);
    if (step.kind === 'done') break;
    let event: SessionEvent;
    if (step.kind === 'event') event = step.event;
    else if (step.request.secret) event = { type: 'tellers.reportCount', counts: { [step.request.paper[0]?.id ?? 'yes']: step.request.electorate.length }, abstain: 0, invalid: 0 };
    else event = { type: 'delegation.castBallot', votes: Object.fromEntries(step.request.electorate.map((m) => [m, 'yes'])) };
    actor.send(event);
    for (const role of TRAINING_ROLES) asked[role].push(...decisionPointsFor(before, event, actor.getSnapshot(), role).map((q) => `${q.topic}:${q.id.split('/')[1]}`));
  }
  return asked;
}

describe('decisionPointsFor', () => {
  const asked = questionsByRole();

  it('asks the chair for results and next steps', () => {
    expect(new Set(asked.chair.map((q) => q.split(':')[1]))).toEqual(new Set(['outcome', 'next-step']));
  });

  it('asks the secretariat who may vote and the numbers needed', () => {
    expect(new Set(asked.secretariat.map((q) => q.split(':')[1]))).toEqual(new Set(['eligibility', 'majority']));
  });

  it('asks the Elections Board about nominations and every election ballot', () => {
    expect(new Set(asked['elections-board'].map((q) => q.split(':')[1]))).toEqual(new Set(['nomination', 'round']));
  });
});
