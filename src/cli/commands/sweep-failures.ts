import type { RunFailure } from '../../sim/sweep/pool-protocol.js';
import type { SettingValue } from '../../sim/sweep/grid/values.js';
import { csvLine } from '../../sim/csv.js';
import { UserError } from '../errors.js';
import type { SweepFormat } from './sweep-output.js';

/** A failed run of a sweep, at the grid point (settings) it ran. */
export interface PointFailure extends RunFailure {
  readonly values: Readonly<Record<string, SettingValue>>;
}

/** How many failed runs the text and the error list before "and N more". */
const LISTED = 20;

function settings(values: Readonly<Record<string, SettingValue>>): string {
  const entries = Object.entries(values);
  return entries.length === 0 ? '' : ` at ${entries.map(([k, v]) => `${k}=${String(v)}`).join(', ')}`;
}

/** The command that reproduces a failed run on its own. */
export function reproduce(file: string, failure: { readonly seed: number; readonly values: Readonly<Record<string, SettingValue>> }): string {
  const set = Object.keys(failure.values).length > 0 ? ` with the settings${settings(failure.values)} written into the scenario` : '';
  return `gasim run ${file} --seed ${failure.seed}${set}`;
}

/**
 * A run that failed without --keep-going: the sweep stops cleanly (exit 2) naming the run, its seed
 * and how to reproduce it, with the run's own fix (issue 18).
 */
export function failedRunError(error: Error & { hint?: unknown }, file: string, values: Readonly<Record<string, SettingValue>>, seed: number): UserError {
  const own = typeof error.hint === 'string' ? `${error.hint}; ` : '';
  return new UserError(`the sweep stopped: ${error.message}${settings(values)}`, {
    hint: `${own}reproduce it with \`${reproduce(file, { seed, values })}\`, or add --keep-going to leave failed runs out of the counts and list them`,
  });
}

/**
 * A sweep's summary with its failed runs (--keep-going): a `failedRuns` key in JSON, `failed-run`
 * rows in CSV, a list under the text; unchanged when no run failed.
 */
export function withFailures(summary: string, failures: readonly PointFailure[], runs: number, file: string, format: SweepFormat): string {
  if (failures.length === 0) return summary;
  const sorted = [...failures].sort((a, b) => a.run - b.run);
  if (format === 'csv') {
    return summary + sorted.map((f) => `${csvLine(['failed-run', '', '', settings(f.values).replace(/^ at /u, ''), `run ${f.run}`, f.message, 'seed', f.seed])}\n`).join('');
  }
  if (format === 'json') {
    return `${JSON.stringify({ ...(JSON.parse(summary) as object), failedRuns: { count: failures.length, runs: sorted } }, null, 2)}\n`;
  }
  const lines = sorted.slice(0, LISTED).map((f) => `  run ${f.run} (seed ${f.seed})${settings(f.values)}: ${f.message}`);
  if (sorted.length > LISTED) lines.push(`  and ${sorted.length - LISTED} more`);
  return summary + [`\nFailed runs: ${failures.length} of ${runs}, left out of the counts above (--keep-going):`, ...lines, `Reproduce one with: ${reproduce(file, sorted[0]!)}`, ''].join('\n');
}
