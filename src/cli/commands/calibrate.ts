import { resolve } from 'node:path';
import { calibrate } from '../../sim/sweep/calibrate/calibrate.js';
import { CalibrationError } from '../../sim/sweep/calibrate/capture.js';
import { parseObservedFile } from '../../sim/sweep/calibrate/observed-file.js';
import { calibrationToJson, renderCalibration } from '../../sim/sweep/calibrate/render-calibration.js';
import type { CommandModule } from '../command.js';
import { ExitCode, UserError } from '../errors.js';
import { loadScenarioFile, parseSeed } from '../load-scenario-file.js';
import { readScenarioFile } from '../read-scenario-file.js';
import { createOutputFile } from './output-file.js';
import { positiveInt } from './sweep-options.js';
import { parseCommandLine } from '../command-spec.js';
import { CALIBRATE } from './specs.js';

/** `gasim calibrate <scenario> --observed FILE [--fit PATH]… [--draws R] [--seed S] [--out FILE] [--force] [--json]`. */
export const run: CommandModule['run'] = async (argv, io) => {
  const { values, positionals } = parseCommandLine(CALIBRATE, argv);
  const file = positionals[0];
  if (file === undefined || values.observed === undefined) {
    throw new UserError('calibrate needs a scenario and --observed FILE', { hint: 'gasim calibrate scenarios/marrakech-2025.yaml --observed scenarios/observed/marrakech-2025-president.yaml' });
  }
  const loaded = await loadScenarioFile(file, io);
  const read = await readScenarioFile(resolve(io.cwd, values.observed));
  if (!read.ok) throw new UserError(`${values.observed} ${read.failure.message}`, { hint: 'give a file of published counts (format: gasim/observed@1)' });
  const observed = parseObservedFile(read.text, values.observed);
  if (!observed.ok) throw new UserError(`${values.observed} is not a valid observed-results file:\n${observed.lines.map((l) => `  ${l}`).join('\n')}`, { hint: "it reads 'format: gasim/observed@1', then 'ballots:' (item, ballot, counts, abstain, invalid) and 'fit:' (setting paths)" });
  const draws = positiveInt('draws', values.draws, 2000, 100_000);
  const seed = parseSeed(values.seed, loaded.checked.scenario.seed);
  const out = values.out === undefined ? null : await createOutputFile(io, values.out, values.force ?? false, 'a fitted scenario');
  try {
    const result = calibrate({ file, text: loaded.text, checked: loaded.checked }, observed.value, { seed, draws, fit: values.fit ?? [] });
    if (out) await out.write(result.scenarioText);
    io.stdout.write(values.json ? calibrationToJson(result) : renderCalibration(result) + (values.out ? `\nThe fitted scenario is in ${values.out}.\n` : ''));
  } catch (error) {
    if (error instanceof CalibrationError) throw new UserError(error.message, { hint: error.hint });
    throw error;
  } finally {
    await out?.close();
  }
  return ExitCode.ok;
};
