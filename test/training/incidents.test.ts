import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createActor } from 'xstate';
import { nextStep } from '../../src/sim/autopilot.js';
import { sessionMachine } from '../../src/machine/session-machine.js';
import { createSessionSetup } from '../../src/scenario/session-setup.js';
import { createRng } from '../../src/random/seeded-rng.js';
import { ScenarioSchema } from '../../src/scenario/schema.js';
import type { Incident } from '../../src/scenario/training-schema.js';
import { incidentEvents } from '../../src/training/incident-events.js';
import { applyScenarioIncidents, scheduleIncidents } from '../../src/training/incidents.js';

const scenario = ScenarioSchema.parse(parse(readFileSync('scenarios/training-incidents.yaml', 'utf8')));
const training = scenario.training!;

describe('incidents', () => {
  it('applies the scenario-level incidents: a disputed credential and a late nomination', () => {
    const changed = applyScenarioIncidents(scenario, training.incidents);
    expect(changed.members.credentials.disputed).toContainEqual({ member: 'BLR', ruling: 'accepted' });
    const vp = changed.session.days[1]!.items.find((i) => i.id === 'vp-europe');
    expect(vp?.kind === 'election' && vp.candidates.find((c) => c.id === 'weber')?.nominationReceived).toBe('2028-10-17');
    expect(scenario.members.credentials.disputed).toEqual([]);
  });

  it('schedules the same incidents for the same seed', () => {
    const setup = createSessionSetup(scenario);
    const a = scheduleIncidents(setup, training, createRng(96));
    expect(scheduleIncidents(setup, training, createRng(96))).toEqual(a);
    expect(a.incidents.slice(0, training.incidents.length)).toEqual(training.incidents);
  });

  it('injects every session incident once while the session runs to its end', () => {
    const actor = createActor(sessionMachine, { input: { setup: createSessionSetup(applyScenarioIncidents(scenario, training.incidents)), seed: 96 } }).start();
    let pending: readonly Incident[] = training.incidents.filter((i) => i.kind !== 'credentials-disputed' && i.kind !== 'late-nomination');
    let rng = createRng(1);
    const injected: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const step = incidentEvents(actor.getSnapshot(), pending, rng);
      ({ pending, rng } = step);
      if (step.events.length > 0) {
        for (const e of step.events) actor.send(e);
        injected.push(step.events.map((e) => e.type).join());
        continue;
      }
      const next = nextStep(actor.getSnapshot());
      if (next.kind === 'done') break;
      if (next.kind === 'event') actor.send(next.event);
      else {
        const r = next.request;
        if (r.secret || r.kind === 'election') {
          // an even split, so that the election needs a second ballot
          const ids = r.paper.length > 0 ? r.paper.map((c) => c.id) : ['yes'];
          const counts = Object.fromEntries(ids.map((id) => [id, Math.floor(r.electorate.length / ids.length)]));
          actor.send({ type: 'tellers.reportCount', counts, abstain: 0, invalid: 0 });
        }
        else actor.send({ type: 'delegation.castBallot', votes: Object.fromEntries(r.electorate.map((m) => [m, 'yes'])) });
      }
    }
    expect(pending).toEqual([]);
    expect(injected).toHaveLength(6);
  });
});
