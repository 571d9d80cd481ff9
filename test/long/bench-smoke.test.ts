import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchSessions } from '../../bench/session-bench.js';
import { median, quantile } from '../../bench/stats.js';
import { loopSession, recordRun, compileBehaviour } from '../../bench/straight-loop.js';
import { benchTally } from '../../bench/tally-bench.js';
import { checkTargets } from '../../bench/targets.js';
import { benchKeys, benchStep } from '../../bench/tui-bench.js';
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
    const result = benchSessions(scenario, { warmupMs: 1, windowMs: 20, windows: 1, seeds: 2, eventRounds: 1 });
    for (const key of ['sessionsPerSecond', 'straightLoopSessionsPerSecond', 'machineToLoopRatio', 'ballotsPerSession', 'floorToLoopRatio', 'ratioCeiling'] as const) {
      expect(finite(result[key]), key).toBe(true);
    }
    // the no-op statechart must follow the recorded runs to the end, or its floor compares nothing
    expect(result.machineFloor.reachedEnd).toBe(true);
    expect(result.immerFloor.reachedEnd).toBe(true);
    expect(result.ratioCeiling).toBeGreaterThan(0);
    expect(result.ratioCeiling).toBeLessThan(1);
    expect(result.machineFloor.eventsPerSession).toBeGreaterThan(50);
    // every kind of event of the runs is costed, and the counts add up to the events of a session
    const events = result.eventCosts.reduce((sum, c) => sum + c.perSession, 0);
    expect(events).toBeCloseTo(result.machineFloor.eventsPerSession, 0);
    expect(result.eventCosts.map((c) => c.event)).toContain('chair.closeBallot');
  });

  it('runs sweeps with 1 and 2 workers and the ceiling with 1 and 2 plain processes, in rounds', async () => {
    // the sweep's workers run the build, as the bench does (dist/ is built by the global setup)
    const { benchParallel } = await import('../../bench/sweep-bench.js');
    const { workers, processPair } = await benchParallel(readFileSync(file, 'utf8'), resolve(file), { runs: 2, rounds: 2 });
    expect(workers.oneWorkerSeconds).toHaveLength(2);
    expect(processPair.twoProcessSeconds).toHaveLength(2);
    expect(finite(workers.twoWorkerSpeedup) && finite(workers.amortisedSpeedup)).toBe(true);
    expect(finite(processPair.twoProcessSpeedup) && finite(processPair.oneProcessCores)).toBe(true);
  });

  it('measures bytes allocated per session with no collection in the way', async () => {
    const { benchAllocation } = await import('../../bench/allocation-bench.js');
    const allocation = await benchAllocation(resolve(file));
    expect(allocation.collected).toBe(false);
    // the machine does all the statechart does, and more
    expect(allocation.machineBytesPerSession).toBeGreaterThan(allocation.floorBytesPerSession);
    expect(allocation.floorBytesPerEvent).toBeGreaterThan(0);
  });

  it('measures a tally and checks the targets', () => {
    const tally = benchTally({ members: 10_000, repetitions: 2 });
    expect(finite(tally.tallyVotesPerSecond) && finite(tally.decideQuestionVotesPerSecond)).toBe(true);
    const targets = checkTargets({ sessionsPerSecond: 1, machineToLoopRatio: 0.5, twoWorkerSpeedup: null, immerFloorSessionsPerSecond: 5, ratioCeiling: 0.2, twoProcessSpeedup: null, tallyVotesPerSecond: tally.tallyVotesPerSecond, sweepMemoryRatio: 1, uiModulesAtStartup: 0, keyRedrawP95Ms: null, firstFrameRenderMs: 10, frameMs: 33.3 });
    expect(targets.sessionsPerSecond!.met).toBe(false);
    expect(targets.twoWorkerSpeedup!.met).toBe(false);
    expect(targets.sessionsPerSecond!.ceiling).toMatchObject({ value: 5 });
    expect(targets.twoWorkerSpeedup!.ceiling).toBeUndefined();
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
