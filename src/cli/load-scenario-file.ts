import { resolve } from 'node:path';
import type { CheckedScenario } from '../scenario/check-scenario.js';
import { loadScenarioText } from '../scenario/load-scenario.js';
import { checkScenarioRun } from '../sim/check-run.js';
import { formatProblem } from '../scenario/scenario-problem.js';
import type { CommandIo } from './command.js';
import { UserError } from './errors.js';
import { readScenarioFile } from './read-scenario-file.js';

/** A scenario read and checked by both loading stages, with the text it came from (for hashing). */
export interface LoadedScenarioFile {
  readonly file: string;
  readonly text: string;
  readonly checked: CheckedScenario;
}

/** Reads and checks a scenario file; a bad file is a `UserError` listing every located problem. */
export async function loadScenarioFile(file: string, io: CommandIo): Promise<LoadedScenarioFile> {
  const read = await readScenarioFile(resolve(io.cwd, file));
  if (!read.ok) throw new UserError(`${file} ${read.failure.message}`, { hint: read.failure.hint });
  const loaded = loadScenarioText(read.text, file);
  const problems = loaded.ok ? checkScenarioRun(loaded.value).filter((p) => p.severity === 'error') : loaded.problems;
  if (!loaded.ok || problems.length > 0) {
    const lines = problems.map((p) => `  ${formatProblem(file, p)}`).join('\n');
    throw new UserError(`${file} is not a valid scenario:\n${lines}`, { hint: `correct the lines above; \`gasim validate ${file}\` checks the file again` });
  }
  return { file, text: read.text, checked: loaded.value };
}

/** Parses `--seed N` values: a whole number from 0 to 2^32-1. */
export function parseSeed(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const seed = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(seed) || seed > 2 ** 32 - 1) {
    throw new UserError(`--seed must be a whole number from 0 to 4294967295, got '${value}'`, { hint: 'for example --seed 7' });
  }
  return seed;
}
