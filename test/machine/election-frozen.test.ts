import { describe, expect, it } from 'vitest';
import { nextStep } from '../../src/sim/autopilot.js';
import { createSession } from '../../src/sim/session.js';
import { prepareScenario } from '../../src/sim/run-session.js';
import { createVoter } from '../../src/sim/voter.js';
import { loadScenario, NEVER_ENDS } from '../test-utils/session-cap.js';

// Found by the semantic fuzzer (issue 18): an election that never reaches its majority ran 1,665
// ballots to the session cap in 45 s of CPU, because each ballot put the election under way (every
// earlier round and ballot trace) into the draft as a new unfrozen object, which immer then walked
// whole: quadratic. The election under way is frozen when committed, so immer stops at it.
describe('the election under way in the context', () => {
  it('is frozen after every ballot, so that immer never walks its earlier rounds', () => {
    const scenario = loadScenario(NEVER_ENDS);
    const prepared = prepareScenario(scenario);
    const session = createSession(prepared.engine, scenario.seed);
    const vote = createVoter(prepared.behaviour, scenario.seed);
    let ballots = 0;
    for (let i = 0; i < 2_000 && ballots < 5; i++) {
      const next = nextStep(session.snapshot);
      if (next.kind === 'done') break;
      expect(session.send(next.kind === 'event' ? next.event : vote(next.request)).accepted).toBe(true);
      const election = session.snapshot.context.election;
      const rounds = election?.progress?.rounds.length ?? 0;
      if (election !== null && rounds > ballots) {
        ballots = rounds;
        expect(Object.isFrozen(election)).toBe(true);
      }
    }
    expect(ballots).toBe(5);
  });
});
