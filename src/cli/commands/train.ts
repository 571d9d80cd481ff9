import { existsSync } from 'node:fs';
import { outputPath, writeOutputFile } from '../write-output.js';
import { readAnswersFile } from '../read-input-file.js';
import { resolve } from 'node:path';
import type { CommandIo, CommandModule } from '../command.js';
import { parseCommandLine } from '../command-spec.js';
import { ExitCode, UserError } from '../errors.js';
import { TRAIN } from './specs.js';
import { loadScenarioFile, parseSeed } from '../load-scenario-file.js';
import { createVoter } from '../../sim/voter.js';
import { buildDebrief } from '../../training/debrief.js';
import { TRAINING_ROLES, type TrainingRole } from '../../training/decision-points.js';
import { renderDebriefMarkdown, renderDebriefText } from '../../training/render-debrief.js';
import { createTrainingRun, type TrainingRun } from '../../training/training-run.js';
import { runScriptedTraining } from '../../training/scripted-run.js';
import { compileBehaviour } from '../../sim/behaviour/index.js';

const DEFAULT_SCENARIO = 'scenarios/marrakech-2025.yaml';

function roleOf(value: string | undefined): TrainingRole {
  if (value === undefined) return 'chair';
  if (TRAINING_ROLES.includes(value as TrainingRole)) return value as TrainingRole;
  throw new UserError(`unknown role '${value}'`, { hint: `the roles are: ${TRAINING_ROLES.join(', ')}` });
}

async function writeReport(run: TrainingRun, path: string | undefined, title: string, io: CommandIo, force: boolean): Promise<void> {
  const debrief = buildDebrief(run.questions, run.answers);
  io.stdout.write(renderDebriefText(debrief));
  if (path === undefined) return;
  // created at the end, exclusively: a file or link planted since the start is never followed (issue 18)
  await writeOutputFile(resolve(io.cwd, path), path, renderDebriefMarkdown(debrief, title), { force, what: 'a debrief' });
  io.stdout.write(`Report written to ${path}\n`);
}

/** `gasim train`: the trainee takes the decisions of one role while the session runs. */
export const run: CommandModule['run'] = async (argv, io) => {
  const { values, positionals } = parseCommandLine(TRAIN, argv);
  const role = roleOf(values.role);
  outputPath('--report', values.report);
  if (values.report !== undefined && existsSync(resolve(io.cwd, values.report)) && values.force !== true) {
    throw new UserError(`${values.report} exists; not overwriting it`, { exitCode: ExitCode.refusedOverwrite, hint: 'add --force to replace it, or choose another --report file' });
  }
  const file = positionals[0] ?? DEFAULT_SCENARIO;
  if (values.answers === undefined && (!io.stdout.isTTY || !io.stdin.isTTY)) {
    io.stderr.write('gasim: training mode needs an interactive terminal (stdin and stdout are not a TTY)\n');
    io.stderr.write(`  fix: run it in a terminal, or script the answers: \`gasim train ${file} --answers FILE\` (one answer per line)\n`);
    return ExitCode.needsTerminal;
  }
  const loaded = await loadScenarioFile(file, io);
  const seed = parseSeed(values.seed, loaded.checked.scenario.seed);
  const { run: start, scenario } = createTrainingRun(loaded.checked.scenario, seed, role);
  const voter = createVoter(compileBehaviour(scenario), seed);
  const title = `gasim training debrief (${scenario.id}, role ${role}, seed ${seed})`;
  if (values.answers !== undefined) {
    const done = runScriptedTraining(start, voter, readAnswersFile(io, values.answers), (text) => io.stdout.write(text));
    await writeReport(done, values.report, title, io, values.force === true);
    return ExitCode.ok;
  }
  const { runTrainingTui } = await import('../tui/training-tui.js');
  const done = await runTrainingTui({ run: start, voter, io, scenarioFile: file, scenarioText: loaded.text, scenarioId: scenario.id, seed, force: values.force === true });
  if (done.interrupted) {
    io.stderr.write('gasim: interrupted (Ctrl-C): no debrief written; a journal saved with `s` is kept as it was\n');
    return ExitCode.interrupted;
  }
  await writeReport(done.run, values.report, title, io, values.force === true);
  return ExitCode.ok;
};
