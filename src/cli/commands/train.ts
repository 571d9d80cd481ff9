import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CommandIo, CommandModule } from '../command.js';
import { ExitCode, UserError } from '../errors.js';
import { loadScenarioFile, parseSeed } from '../load-scenario-file.js';
import { createVoter } from '../../sim/voter.js';
import { buildDebrief } from '../../training/debrief.js';
import { TRAINING_ROLES, type TrainingRole } from '../../training/decision-points.js';
import { renderDebriefMarkdown, renderDebriefText } from '../../training/render-debrief.js';
import { createTrainingRun, type TrainingRun } from '../tui/training-run.js';
import { runScriptedTraining } from '../tui/training-script.js';

const DEFAULT_SCENARIO = 'scenarios/marrakech-2025.yaml';

const USAGE = 'gasim train [scenario] [--role chair|secretariat|elections-board] [--seed N] [--report FILE] [--force] [--answers FILE]';

function parse(argv: readonly string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { role: { type: 'string' }, seed: { type: 'string' }, report: { type: 'string' }, force: { type: 'boolean' }, answers: { type: 'string' } },
    });
    return { values, positionals };
  } catch (error) {
    throw new UserError(error instanceof Error ? error.message : String(error), { hint: USAGE });
  }
}

function roleOf(value: string | undefined): TrainingRole {
  if (value === undefined) return 'chair';
  if (TRAINING_ROLES.includes(value as TrainingRole)) return value as TrainingRole;
  throw new UserError(`unknown role '${value}'`, { hint: `the roles are: ${TRAINING_ROLES.join(', ')}` });
}

function writeReport(run: TrainingRun, path: string | undefined, title: string, io: CommandIo): void {
  const debrief = buildDebrief(run.questions, run.answers);
  io.stdout.write(renderDebriefText(debrief));
  if (path === undefined) return;
  writeFileSync(resolve(io.cwd, path), renderDebriefMarkdown(debrief, title));
  io.stdout.write(`Report written to ${path}\n`);
}

/** `gasim train`: the trainee takes the decisions of one role while the session runs. */
export const run: CommandModule['run'] = async (argv, io) => {
  const { values, positionals } = parse(argv);
  const role = roleOf(values.role);
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
  const voter = createVoter(scenario, seed);
  const title = `gasim training debrief (${scenario.id}, role ${role}, seed ${seed})`;
  if (values.answers !== undefined) {
    const path = resolve(io.cwd, values.answers);
    if (!existsSync(path)) throw new UserError(`${values.answers}: no such file`, { hint: 'give a file with one answer per line' });
    const done = runScriptedTraining(start, voter, readFileSync(path, 'utf8').split(/\r?\n/), io);
    writeReport(done, values.report, title, io);
    return ExitCode.ok;
  }
  const { runTrainingTui } = await import('../tui/training-tui.js');
  const done = await runTrainingTui({ run: start, voter, io, scenarioFile: file, scenarioText: loaded.text, scenarioId: scenario.id, seed, force: values.force === true });
  if (done.interrupted) {
    io.stderr.write('gasim: interrupted (Ctrl-C): no debrief written; a journal saved with `s` is kept as it was\n');
    return ExitCode.interrupted;
  }
  writeReport(done.run, values.report, title, io);
  return ExitCode.ok;
};
