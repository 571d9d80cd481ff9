import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchSessions } from '../../src/bench/session-bench.js';
import { median, quantile } from '../../src/bench/stats.js';
import { loopSession, recordRun, compileBehaviour } from '../../src/bench/straight-loop.js';
import { benchTally } from '../../src/bench/tally-bench.js';
import { checkTargets } from '../../src/bench/targets.js';
import { benchKeys, benchStep } from '../../src/bench/tui-bench.js';
import { loadScenario } from '../../src/sim/run-session.js';

const file = 'scenarios/marrakech-2025.yaml';
const scenario = loadScenario(readFileSync(file, 'utf8'), file);
const finite = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

describe('bench functions (tiny sizes, shape only: no timed assertions)', () => {
  it('computes medians and quantiles', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(quantile([1, 2, 3, 4, 5], 0.95)).toBeCloseTo(4.8);
  });

  it('records every ballot of a run and replays it in the straight loop', () => {
    const run = recordRun(scenario, 1);
    expect(run.ballots.length).toBeGreaterThan(5);
    expect(run.ballots.some((b) => b.kind === 'election')).toBe(true);
    expect(finite(loopSession(compileBehaviour(scenario), run))).toBe(true);
  });

  it('measures sessions through the machine and the straight loop', () => {
    const result = benchSessions(scenario, { warmupMs: 1, windowMs: 20, windows: 1, seeds: 2 });
    for (const key of ['sessionsPerSecond', 'straightLoopSessionsPerSecond', 'machineToLoopRatio', 'ballotsPerSession'] as const) {
      expect(finite(result[key]), key).toBe(true);
    }
  });

  it('measures a tally and checks the targets', () => {
    const tally = benchTally({ members: 10_000, repetitions: 2 });
    expect(finite(tally.tallyVotesPerSecond) && finite(tally.decideQuestionVotesPerSecond)).toBe(true);
    const targets = checkTargets({ sessionsPerSecond: 1, machineToLoopRatio: 0.5, twoWorkerSpeedup: null, tallyVotesPerSecond: tally.tallyVotesPerSecond, sweepMemoryRatio: 1, uiModulesAtStartup: 0, keyRedrawP95Ms: null, firstFrameRenderMs: 10, frameMs: 33.3 });
    expect(targets.sessionsPerSecond!.met).toBe(false);
    expect(targets.twoWorkerSpeedup!.met).toBe(false);
    expect(targets.helpAndValidateWithoutUi!.met).toBe(true);
    expect(Object.values(targets).every((t) => typeof t.met === 'boolean' && typeof t.target === 'string')).toBe(true);
  });

  it('times the TUI in-process: first frame, key presses and steps', async () => {
    const keys = await benchKeys(scenario, { presses: 3, gapMs: 5 });
    if ('skipped' in keys) return; // ink renders only at exit under CI
    expect(finite(keys.firstFrameRenderMs)).toBe(true);
    expect(keys.presses).toBe(3);
    const step = benchStep(scenario);
    expect(step.steps).toBeGreaterThan(50);
    expect(finite(step.step.medianMs) && finite(step.selectSessionView.p95Ms)).toBe(true);
  });
});
