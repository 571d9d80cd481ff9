import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createTrainingController } from '../../src/cli/tui/training-controller.js';
import { createTrainingRun } from '../../src/training/training-run.js';
import { createVoter } from '../../src/sim/voter.js';
import { captureIo } from '../test-utils/io.js';
import { loadScenario, TURNOUT_ZERO } from '../test-utils/session-cap.js';
import { compileBehaviour } from '../../src/sim/behaviour/index.js';

describe('one event cap for every driver (issue 18)', () => {
  it('a recorded vote in which nobody votes is a result (rejected on 0 votes), not a ballot asked again forever', async () => {
    const io = captureIo();
    expect(await main(['run', TURNOUT_ZERO, '--json'], io)).toBe(0);
    const result = JSON.parse(io.out()) as { items: { id: string; decision?: string }[] };
    expect(JSON.stringify(result)).toContain('"rec"');
    const minutes = captureIo();
    expect(await main(['run', TURNOUT_ZERO], minutes)).toBe(0);
    expect(minutes.out()).toMatch(/### 2\. Recorded\n\nRejected\. .*Votes expressed: 0\. Majority required: 1 \(a simple majority of 0 votes expressed/);
  });

  it('training over a session where nobody votes reaches its debrief (each ballot a result, never asked again)', () => {
    const { run, scenario } = createTrainingRun(loadScenario(TURNOUT_ZERO), 1, 'secretariat');
    const controller = createTrainingController({ run, voter: createVoter(compileBehaviour(scenario), 1), save: async () => 'unused', now: () => 0 });
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
