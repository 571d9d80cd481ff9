import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { nextStep, phaseOf } from '../../src/machine/autopilot.js';
import { sessionMachine } from '../../src/machine/session-machine.js';
import { createSessionSetup } from '../../src/machine/session-setup.js';
import { ScenarioSchema } from '../../src/scenario/schema.js';

describe('session machine smoke', () => {
  it('runs Marrakech with everyone voting yes / first candidate', () => {
    const scenario = ScenarioSchema.parse(parse(readFileSync('scenarios/marrakech-2025.yaml', 'utf8')));
    const actor = createActor(sessionMachine, { input: { setup: createSessionSetup(scenario), seed: 1 } }).start();
    for (let i = 0; i < 2000; i++) {
      const snap = actor.getSnapshot();
      const step = nextStep(snap);
      if (step.kind === 'done') break;
      if (step.kind === 'event') actor.send(step.event);
      else {
        const r = step.request;
        if (r.secret) {
          const first = r.paper.length > 1 ? r.paper.find((c) => c.id === 'philippe')?.id ?? r.paper[0]!.id : 'yes';
          actor.send({ type: 'tellers.reportCount', counts: { [first]: r.electorate.length }, abstain: 0, invalid: 0 });
        } else actor.send({ type: 'delegation.castBallot', votes: Object.fromEntries(r.electorate.map((m) => [m, 'yes'])) });
      }
      if (snap.context.lastRejection) throw new Error(JSON.stringify(snap.context.lastRejection));
    }
    const snap = actor.getSnapshot();
    console.log(snap.context.log.map((l) => l.text).join('\n'));
    expect(phaseOf(snap)).toBe('closed');
  });
});
