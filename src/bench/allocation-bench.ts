import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

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
  const child = fileURLToPath(new URL('./allocation-child.js', import.meta.url));
  const flags = ['--min-semi-space-size=512', '--max-semi-space-size=512'];
  const { stdout } = await run(process.execPath, [...flags, child, file], { maxBuffer: 1 << 20 });
  const r = JSON.parse(stdout) as { machineBytesPerSession: number; floorBytesPerSession: number; eventsPerSession: number; collected: boolean };
  return {
    machineBytesPerSession: r.machineBytesPerSession,
    floorBytesPerSession: r.floorBytesPerSession,
    floorBytesPerEvent: Math.round(r.floorBytesPerSession / r.eventsPerSession),
    collected: r.collected,
  };
}
