import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveSeed } from '../../src/random/derive-seed.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { renderMinutes } from '../../src/sim/minutes.js';
import { toRunResult } from '../../src/sim/run-result.js';
import { loadScenario, prepareScenario, runHeadless, type PreparedScenario } from '../../src/sim/run-session.js';
import { toOutcome } from '../../src/sim/to-outcome.js';

/** Where the fingerprints live, and how many seeds of each scenario they cover. */
export const GOLDEN_FILE = 'test/golden/outcomes.json';
export const GOLDEN_SEEDS = 500;
/**
 * Scenarios with fewer seeds: most runs of this one never end (its President needs two-thirds on
 * every ballot) and each takes thousands of ballots before the driver gives up.
 */
export const FEWER_SEEDS: Readonly<Record<string, number>> = { 'variant-two-thirds-every-ballot.yaml': 4 };
export const seedsFor = (file: string) => FEWER_SEEDS[file] ?? GOLDEN_SEEDS;

export interface GoldenFile {
  /** The commit whose code produced the fingerprints (`npm run golden -- --update`). */
  readonly generatedFrom: string;
  /** Seeds per scenario, except those in `FEWER_SEEDS`. */
  readonly seeds: number;
  /** Per scenario file, one fingerprint per seed, in seed order (`seedOf(i)`). */
  readonly scenarios: Readonly<Record<string, readonly string[]>>;
}

/** The seed of golden run `i`: the seeds a sweep seeded with 1 uses. */
export const seedOf = (i: number) => deriveSeed(1, i);

export function scenarioFiles(root: string): string[] {
  return readdirSync(join(root, 'scenarios')).filter((f) => f.endsWith('.yaml')).sort();
}

/** A scenario of `scenarios/`, loaded and prepared once for all its seeds. */
export function loadGoldenScenario(root: string, file: string): PreparedScenario {
  return prepareScenario(loadScenario(readFileSync(join(root, 'scenarios', file), 'utf8'), file));
}

/**
 * What a run produced, as text: the sweep's outcome (winners, ballots, decisions, committee), the
 * `run --json` result (every decision, count, threshold and trail) and the minutes; or the error it
 * ended with. Events are left out on purpose: the engine may take a ballot as one event.
 */
export function describeRun(prepared: PreparedScenario, seed: number): string {
  try {
    // the sweeps' path, each item as one event; test/machine/take-item.test.ts holds it to the item-by-item events
    const ctx = runHeadless(prepared, seed);
    return JSON.stringify({ outcome: toOutcome(ctx), result: toRunResult(ctx) }) + '\n' + renderMinutes(ctx);
  } catch (error) {
    return `error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
}

/** A run's fingerprint: 16 hex digits of the SHA-256 of `describeRun`. */
export function fingerprint(prepared: PreparedScenario, seed: number): string {
  return createHash('sha256').update(describeRun(prepared, seed)).digest('hex').slice(0, 16);
}
