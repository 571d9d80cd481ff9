import { resolve } from 'node:path';
import type { CommandIo, CommandModule } from '../command.js';
import { ExitCode, UserError, type ExitCodeValue } from '../errors.js';
import { readScenarioFile } from '../read-scenario-file.js';
import { parseCommandLine } from '../command-spec.js';
import { VALIDATE } from './specs.js';
import { loadScenarioText } from '../../scenario/load-scenario.js';
import { formatProblem, sortByPosition } from '../../scenario/scenario-problem.js';
import { checkScenarioRun } from '../../sim/check-run.js';

/** `gasim validate <file>...`: both loading stages on each file; exit 2 if any file fails. */
export const run: CommandModule['run'] = async (argv, io) => {
  const files = parseCommandLine(VALIDATE, argv).positionals;
  if (files.length === 0) throw new UserError('validate needs at least one scenario file', { hint: 'gasim validate scenarios/*.yaml' });
  let status: ExitCodeValue = ExitCode.ok;
  for (const file of files) if ((await validateFile(file, io)) !== ExitCode.ok) status = ExitCode.badInput;
  return status;
};

async function validateFile(file: string, io: CommandIo): Promise<ExitCodeValue> {
  const read = await readScenarioFile(resolve(io.cwd, file));
  if (!read.ok) {
    io.stderr.write(`${file}:1:1: ${file} ${read.failure.message} [file] (hint: ${read.failure.hint})\n`);
    return ExitCode.badInput;
  }
  const loaded = loadScenarioText(read.text, file);
  // stage three: one run with the scenario's own seed uses every scripted result (issue 13)
  const problems = loaded.ok ? checkScenarioRun(loaded.value) : loaded.problems;
  if (!loaded.ok || problems.some((p) => p.severity === 'error')) {
    for (const problem of problems) io.stderr.write(formatProblem(file, problem) + '\n');
    return ExitCode.badInput;
  }
  for (const warning of sortByPosition([...loaded.value.warnings, ...problems])) io.stderr.write(formatProblem(file, warning) + '\n');
  const { itemCount, electionCount } = loaded.value;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  io.stdout.write(`${file}: ok (${plural(itemCount, 'item')}, ${plural(electionCount, 'election')})\n`);
  return ExitCode.ok;
}
