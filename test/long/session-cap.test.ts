// The cap's slow cases (issue 18): a session that never ends runs to MAX_SESSION_EVENTS, about a minute
// each on the 2-core machine, so they run with `npm run test:long`; the quick cases are in test/hardening.
import { describe, expect, it } from 'vitest';
import { createSessionController } from '../../src/cli/tui/session-controller.js';
import { MAX_SESSION_EVENTS } from '../../src/sim/continue-session.js';
import { createSessionSetup } from '../../src/scenario/session-setup.js';
import { createVoter } from '../../src/sim/voter.js';
import { loadScenario, NEVER_ENDS } from '../test-utils/session-cap.js';
import { gasimChild } from '../test-utils/gasim-child.js';
import { compileBehaviour } from '../../src/sim/behaviour/index.js';

describe('one event cap for every driver, the never-ending session (issue 18)', () => {
  it("the TUI's N (next day) stops at the cap and says why, instead of spinning forever", () => {
    const scenario = loadScenario(NEVER_ENDS);
    const controller = createSessionController({ setup: createSessionSetup(scenario), seed: scenario.seed, voter: createVoter(compileBehaviour(scenario), scenario.seed), save: async () => 'unused' });
    controller.nextDay();
    controller.nextDay();
    const view = controller.getView();
    expect(view.finished).toBe(false);
    expect(view.status?.kind).toBe('error');
    expect(view.status?.message).toMatch(new RegExp(`^the session does not end: item president was still balloting after \\d+ ballots \\(${MAX_SESSION_EVENTS} events\\): .*maxBallots`));
  });

  it('a sweep stops cleanly at a run that does not end, naming its seed (exit 2, not a bug)', async () => {
    const { code, err } = await gasimChild(['sweep', NEVER_ENDS, '--runs', '2', '--workers', '1']);
    expect(code).toBe(2);
    expect(err).toMatch(/^gasim: the sweep stopped: run 1 \(seed \d+\): the session does not end: item president .*\n {2}fix: .*maxBallots/);
    const seed = /seed (\d+)/.exec(err)![1]!;
    const again = await gasimChild(['run', NEVER_ENDS, '--seed', seed]);
    expect(again.code).toBe(2);
    expect(again.err).toContain('the session does not end');
  });
});
