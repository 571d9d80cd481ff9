import { deriveSeed } from '../random/derive-seed.js';
import type { Scenario } from '../scenario/schema.js';
import { runSessionOutcome } from '../sim/run-session.js';
import { rateSummary, round, timedWindows } from './stats.js';
import { compileBehaviour, loopSession, recordRun } from './straight-loop.js';

export interface WindowOptions {
  readonly warmupMs: number;
  readonly windowMs: number;
  readonly windows: number;
}

export interface SessionBenchResult {
  readonly sessionsPerSecond: number;
  readonly straightLoopSessionsPerSecond: number;
  readonly machineToLoopRatio: number;
  readonly seeds: number;
  readonly ballotsPerSession: number;
  readonly machineWindows: number[];
  readonly loopWindows: number[];
}

/**
 * Sessions per second through the machine (`runSessionOutcome`, exactly what a sweep worker runs
 * per seed) and through the straight loop over the same seeds' recorded ballots, in this process.
 * Both cycle over the same `seeds` sweep seeds, so both make the same draws and decisions.
 */
export function benchSessions(scenario: Scenario, options: WindowOptions & { seeds?: number }): SessionBenchResult {
  const seeds = Array.from({ length: options.seeds ?? 16 }, (_, i) => deriveSeed(1, i));
  const machine = timedWindows((i) => runSessionOutcome(scenario, seeds[i % seeds.length]!), options);
  const runs = seeds.map((seed) => recordRun(scenario, seed));
  const model = compileBehaviour(scenario);
  let sink = 0;
  const loop = timedWindows((i) => (sink += loopSession(model, runs[i % runs.length]!)), options);
  if (!Number.isFinite(sink)) throw new Error('unreachable');
  const m = rateSummary(machine);
  const l = rateSummary(loop);
  return {
    sessionsPerSecond: m.median,
    straightLoopSessionsPerSecond: l.median,
    machineToLoopRatio: round(m.median / l.median, 4),
    seeds: seeds.length,
    ballotsPerSession: round(runs.reduce((sum, r) => sum + r.ballots.length, 0) / runs.length, 2),
    machineWindows: m.windows,
    loopWindows: l.windows,
  };
}
