import { resolve } from 'node:path';
import type { CheckedScenario } from '../scenario/check-scenario.js';
import { loadScenarioText } from '../scenario/load-scenario.js';
import { checkScenarioRun } from '../sim/check-run.js';
import { formatProblem, type ScenarioProblem } from '../scenario/scenario-problem.js';
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
  const loaded = await readScenarioShape(file, io);
  checkScenarioFileRun(loaded);
  return loaded;
}

/**
 * The first two loading stages only (shape and meaning, no run): what the TUI needs for its first
 * frame. `checkScenarioFileRun` is the third; the TUI runs it right after that frame.
 */
export async function readScenarioShape(file: string, io: CommandIo): Promise<LoadedScenarioFile> {
  const read = await readScenarioFile(resolve(io.cwd, file));
  if (!read.ok) throw new UserError(`${file} ${read.failure.message}`, { hint: read.failure.hint });
  const loaded = loadScenarioText(read.text, file);
  if (!loaded.ok) throw invalidScenario(file, loaded.problems);
  return { file, text: read.text, checked: loaded.value };
}

/** The third stage: the scenario runs once with its own seed; its errors are a `UserError` as above. */
export function checkScenarioFileRun(loaded: LoadedScenarioFile): void {
  const problems = checkScenarioRun(loaded.checked).filter((p) => p.severity === 'error');
  if (problems.length > 0) throw invalidScenario(loaded.file, problems);
}

function invalidScenario(file: string, problems: readonly ScenarioProblem[]): UserError {
  const lines = problems.map((p) => `  ${formatProblem(file, p)}`).join('\n');
  return new UserError(`${file} is not a valid scenario:\n${lines}`, { hint: `correct the lines above; \`gasim validate ${file}\` checks the file again` });
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
