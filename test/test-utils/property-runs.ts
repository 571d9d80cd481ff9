/**
 * The fast-check runs of a costly property: `quick` in `npm test` (kept under three minutes on two
 * cores), `full` in `npm run test:long`, whose config sets GASIM_PROPERTY_RUNS=full and runs every
 * test file that calls this function. `GASIM_PROPERTY_RUNS=full npx vitest run …` does the same for
 * one file. fast-check draws a new seed on every run, so the quick runs still explore over time.
 */
export function propertyRuns(full: number, quick: number): number {
  return process.env.GASIM_PROPERTY_RUNS === 'full' ? full : Math.min(quick, full);
}
