import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createSessionController } from '../../src/cli/tui/session-controller.js';
import { createTrainingController } from '../../src/cli/tui/training-controller.js';
import { createTrainingRun } from '../../src/cli/tui/training-run.js';
import { MAX_SESSION_EVENTS } from '../../src/machine/continue-session.js';
import { createSessionSetup } from '../../src/machine/session-setup.js';
import { loadScenarioText } from '../../src/scenario/load-scenario.js';
import { createVoter } from '../../src/sim/voter.js';
import { captureIo } from '../test-utils/io.js';

const NEVER_ENDS = new URL('../../scenarios/variant-two-thirds-every-ballot.yaml', import.meta.url).pathname;
const TURNOUT_ZERO = new URL('../fixtures/hostile/turnout-zero.yaml', import.meta.url).pathname;

function load(file: string) {
  const loaded = loadScenarioText(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.value.scenario;
}

describe('one event cap for every driver (issue 18)', () => {
  it('a recorded vote in which nobody votes is a result (rejected on 0 votes), not a ballot asked again forever', async () => {
    const io = captureIo();
    expect(await main(['run', TURNOUT_ZERO, '--json'], io)).toBe(0);
    const result = JSON.parse(io.out()) as { items: { id: string; decision?: string }[] };
    expect(JSON.stringify(result)).toContain('"rec"');
    const minutes = captureIo();
    expect(await main(['run', TURNOUT_ZERO], minutes)).toBe(0);
    expect(minutes.out()).toMatch(/### 2\. Recorded\n\nRejected \(a simple majority of 0 votes expressed/);
  });

  it("the TUI's N (next day) stops at the cap and says why, instead of spinning forever", () => {
    const scenario = load(NEVER_ENDS);
    const controller = createSessionController({ setup: createSessionSetup(scenario), seed: scenario.seed, voter: createVoter(scenario, scenario.seed), save: async () => 'unused' });
    controller.nextDay();
    controller.nextDay();
    const view = controller.getView();
    expect(view.finished).toBe(false);
    expect(view.status?.kind).toBe('error');
    expect(view.status?.message).toMatch(new RegExp(`^the session does not end: item president was still balloting after \\d+ ballots \\(${MAX_SESSION_EVENTS} events\\): .*maxBallots`));
  });

  it('training over a session where nobody votes reaches its debrief (each ballot a result, never asked again)', () => {
    const { run, scenario } = createTrainingRun(load(TURNOUT_ZERO), 1, 'secretariat');
    const controller = createTrainingController({ run, voter: createVoter(scenario, 1), save: async () => 'unused', now: () => 0 });
    for (let i = 0; i < 500 && !controller.getTraining().debrief; i++) {
      if (controller.getTraining().prompt) {
        controller.answer('1');
        controller.next();
      } else controller.endOfItem();
    }
    expect(controller.getTraining().debrief).not.toBeNull();
    expect(controller.current().stepper.events.length).toBeLessThan(200);
  });
});
