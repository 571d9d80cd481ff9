import { deriveSeed } from '../src/random/derive-seed.js';
import type { Scenario } from '../src/scenario/schema.js';
import { prepareScenario, runSessionOutcome } from '../src/sim/run-session.js';
import { eventCosts, floorResult, machineFloor, type EventCost, type MachineFloorResult } from './machine-floor.js';
import { interleavedWindows, median, rateSummary, round } from './stats.js';
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
  /** The statechart alone (no-op actions) over the same runs' events: the machine path's ceiling. */
  readonly machineFloor: MachineFloorResult;
  /** The statechart alone over the straight loop. */
  readonly floorToLoopRatio: number;
  /** The statechart with one immer pass per event (`FloorKind` 'immer'): the floor under the fixed choices. */
  readonly immerFloor: MachineFloorResult;
  /**
   * The best machine ÷ loop ratio under the fixed choices: a machine does at least the immer
   * floor's work and the loop's (the same draws and decisions), so its time per session is at
   * least the sum of theirs, and its ratio at most loop time ÷ (immer floor time + loop time).
   */
  readonly ratioCeiling: number;
  /** Per kind of event: machine and floor microseconds, what the actions add most first. */
  readonly eventCosts: EventCost[];
}

/**
 * Sessions per second through the machine (`runSessionOutcome`, exactly what a sweep worker runs
 * per seed), through the straight loop over the same seeds' recorded ballots, and through the
 * no-op statechart (alone, and with immer) over the same seeds' events, in this process. All cycle over the same `seeds`
 * sweep seeds; their windows are interleaved and each ratio is the median of per-turn ratios, so
 * that the load of a shared machine cancels out of it.
 */
export function benchSessions(scenario: Scenario, options: WindowOptions & { seeds?: number; eventRounds?: number }): SessionBenchResult {
  const seeds = Array.from({ length: options.seeds ?? 16 }, (_, i) => deriveSeed(1, i));
  const runs = seeds.map((seed) => recordRun(scenario, seed));
  const model = compileBehaviour(scenario);
  const prepared = prepareScenario(scenario);
  const { setup } = prepared.engine;
  const floor = machineFloor(setup, runs.map((r) => r.events));
  const immerFloor = machineFloor(setup, runs.map((r) => r.events), 'immer');
  let sink = 0;
  const rates = interleavedWindows(
    {
      machine: (i) => runSessionOutcome(prepared, seeds[i % seeds.length]!),
      loop: (i) => (sink += loopSession(model, runs[i % runs.length]!)),
      floor: floor.session,
      immerFloor: immerFloor.session,
    },
    options,
  );
  if (!Number.isFinite(sink)) throw new Error('unreachable');
  const m = rateSummary(rates.machine);
  const l = rateSummary(rates.loop);
  const perTurn = (a: readonly number[], b: readonly number[]) => round(median(a.map((x, i) => x / b[i]!)), 4);
  return {
    sessionsPerSecond: m.median,
    straightLoopSessionsPerSecond: l.median,
    machineToLoopRatio: perTurn(rates.machine, rates.loop),
    seeds: seeds.length,
    ballotsPerSession: round(runs.reduce((sum, r) => sum + r.ballots.length, 0) / runs.length, 2),
    machineWindows: m.windows,
    loopWindows: l.windows,
    machineFloor: floorResult(rates.floor, runs.map((r) => r.events), floor.reachedEnd),
    floorToLoopRatio: perTurn(rates.floor, rates.loop),
    immerFloor: floorResult(rates.immerFloor, runs.map((r) => r.events), immerFloor.reachedEnd),
    // rates are sessions per second: loop time ÷ (floor time + loop time) = floor rate ÷ (loop rate + floor rate)
    ratioCeiling: round(median(rates.immerFloor.map((f, i) => f / (rates.loop[i]! + f))), 4),
    eventCosts: eventCosts(setup, runs, options.eventRounds ?? 10),
  };
}
