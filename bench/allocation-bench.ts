import { jsonChild } from './json-child.js';

/** Bytes allocated per Marrakech session: through the machine, and by xstate alone (the floor). */
export interface AllocationResult {
  readonly machineBytesPerSession: number;
  readonly floorBytesPerSession: number;
  readonly floorBytesPerEvent: number;
  /** True if a collection ran while measuring anyway: the figures are then too low. */
  readonly collected: boolean;
}

/**
 * Heap growth per session in a child whose young generation (512 MiB semi-spaces) is large
 * enough that nothing is collected while it measures (`allocation-child.ts`): allocation volume
 * is what the garbage collector's helper threads and two busy cores pay for.
 */
export async function benchAllocation(file: string): Promise<AllocationResult> {
  const flags = ['--min-semi-space-size=512', '--max-semi-space-size=512'];
  const r = await jsonChild<{ machineBytesPerSession: number; floorBytesPerSession: number; eventsPerSession: number; collected: boolean }>('allocation-child.ts', [file], flags);
  return {
    machineBytesPerSession: r.machineBytesPerSession,
    floorBytesPerSession: r.floorBytesPerSession,
    floorBytesPerEvent: Math.round(r.floorBytesPerSession / r.eventsPerSession),
    collected: r.collected,
  };
}
