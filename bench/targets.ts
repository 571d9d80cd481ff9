/** The figures the targets of issues 5 and 6 are checked against (null when not measured). */
export interface TargetInputs {
  readonly sessionsPerSecond: number;
  readonly machineToLoopRatio: number;
  readonly twoWorkerSpeedup: number | null;
  /** The statechart with one immer pass per event over the same runs: no machine path under the fixed choices is faster. */
  readonly immerFloorSessionsPerSecond: number;
  /** Loop time over (immer floor time + loop time): the best machine ÷ loop ratio under the fixed choices. */
  readonly ratioCeiling: number;
  /** The same runs split over two independent processes: no two-way split can do better here. */
  readonly twoProcessSpeedup: number | null;
  readonly tallyVotesPerSecond: number;
  readonly sweepMemoryRatio: number | null;
  readonly uiModulesAtStartup: number | null;
  readonly keyRedrawP95Ms: number | null;
  readonly firstFrameRenderMs: number | null;
  readonly frameMs: number;
}

export interface Target {
  readonly target: string;
  readonly value: number | null;
  readonly met: boolean;
  /** Where measured: the best any implementation could reach under the fixed choices on this machine. */
  readonly ceiling?: { readonly value: number; readonly what: string };
}

const atLeast = (value: number | null, min: number, target: string): Target => ({ target, value, met: value !== null && value >= min });
const atMost = (value: number | null, max: number, target: string): Target => ({ target, value, met: value !== null && value <= max });

export function checkTargets(f: TargetInputs): Record<string, Target> {
  return {
    sessionsPerSecond: {
      ...atLeast(f.sessionsPerSecond, 2000, '>= 2000 Marrakech sessions/s on one core'),
      ceiling: { value: f.immerFloorSessionsPerSecond, what: "xstate's transition and one pass of the context's bridge per event, nothing else (sessions.immerFloor)" },
    },
    machineToLoopRatio: {
      ...atLeast(f.machineToLoopRatio, 0.25, 'machine >= 0.25 x straight loop'),
      ceiling: { value: f.ratioCeiling, what: 'loop time / (immer floor time + loop time) (sessions.ratioCeiling)' },
    },
    twoWorkerSpeedup: {
      ...atLeast(f.twoWorkerSpeedup, 1.7, '2 workers >= 1.7 x 1 worker'),
      ...(f.twoProcessSpeedup === null ? {} : { ceiling: { value: f.twoProcessSpeedup, what: 'the same runs in two independent processes (processPair)' } }),
    },
    tallyVotesPerSecond: atLeast(f.tallyVotesPerSecond, 20e6, '>= 20 million votes/s in a 1,000,000-member ballot'),
    sweepPeakMemory: atMost(f.sweepMemoryRatio, 1.2, '100,000-run peak RSS <= 1.2 x 10,000-run peak'),
    helpAndValidateWithoutUi: atMost(f.uiModulesAtStartup, 0, '--help and validate load no UI module (value: UI modules loaded)'),
    keyRedrawWithinOneFrame: atMost(f.keyRedrawP95Ms, f.frameMs, `key press redraw p95 <= one frame (${Math.round(f.frameMs * 10) / 10} ms at ink's 30 fps)`),
    firstFrameWithinOneSecond: atMost(f.firstFrameRenderMs, 1000, 'first frame <= 1000 ms after start-up (render call -> first frame)'),
  };
}
