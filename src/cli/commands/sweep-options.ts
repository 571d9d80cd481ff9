import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseGridFile } from '../../sim/sweep/grid/grid-file.js';
import { parseAssignment, ParameterError, type Parameter } from '../../sim/sweep/grid/values.js';
import type { Shard } from '../../sim/sweep/shard/shard.js';
import type { CommandIo } from '../command.js';
import { UserError } from '../errors.js';
import { readScenarioFile } from '../read-scenario-file.js';

/** A whole number flag from 1 to `max`, or its default. */
export function positiveInt(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > max) throw new UserError(`--${name} must be a whole number from 1 to ${max}, got '${value}'`, { hint: `for example --${name} ${Math.min(fallback, max)}` });
  return n;
}

/**
 * `--workers K`, by default the number of cores (at most 8); more workers than cores only cost
 * memory (64 on 2 cores took 1.7 GB), so K is capped to the cores with a note on stderr (issue 18).
 */
export function workersFlag(value: string | undefined, io?: CommandIo): number {
  const cores = Math.max(1, availableParallelism());
  const asked = positiveInt('workers', value, Math.min(cores, 8), 64);
  if (asked <= cores) return asked;
  io?.stderr.write(`gasim: note: --workers ${asked} is more than the ${cores} cores here; using ${cores}\n`);
  return cores;
}

/** `--shard i/n`: the i-th (1-based) of n disjoint ranges of runs. */
export function parseShard(value: string | undefined): Shard | null {
  if (value === undefined) return null;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || count < 1 || count > 100_000 || index < 1 || index > count) {
    throw new UserError(`--shard must be i/n with 1 ≤ i ≤ n, got '${value}'`, { hint: 'for example --shard 3/10 runs the third of ten shards; `gasim merge` combines them' });
  }
  return { index, count };
}

/** The grid: a `--grid FILE`'s settings, then each `--vary PATH=VALUES`. */
export async function gridParameters(io: CommandIo, vary: readonly string[], gridFile: string | undefined): Promise<Parameter[]> {
  const parameters: Parameter[] = [];
  if (gridFile !== undefined) {
    const read = await readScenarioFile(resolve(io.cwd, gridFile));
    if (!read.ok) throw new UserError(`${gridFile} ${read.failure.message}`, { hint: read.failure.hint.replace('scenario', 'grid') });
    const parsed = parseGridFile(read.text, gridFile);
    if (!parsed.ok) throw new UserError(`${gridFile} is not a valid grid file:\n${parsed.lines.map((l) => `  ${l}`).join('\n')}`, { hint: "a grid file reads 'format: gasim/grid@1' then 'grid:' with one setting path per line, e.g. 'voting.model.turnout: 0.70:0.95:0.05'" });
    parameters.push(...parsed.value);
  }
  try {
    parameters.push(...vary.map((text) => parseAssignment(text, '--vary')));
  } catch (error) {
    if (error instanceof ParameterError) throw new UserError(error.message, { hint: error.hint });
    throw error;
  }
  const seen = new Set<string>();
  for (const p of parameters) {
    if (seen.has(p.path)) throw new UserError(`${p.path} is varied twice`, { hint: 'give each setting once, in --grid or in --vary' });
    seen.add(p.path);
  }
  const points = parameters.reduce((n, p) => n * p.values.length, 1);
  if (points > 10_000) throw new UserError(`the grid has ${points} points; the limit is 10,000`, { hint: 'use fewer values or coarser steps' });
  return parameters;
}
