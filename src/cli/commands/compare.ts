import { resolve } from 'node:path';
import { parse } from 'yaml';
import { applySettings } from '../../sim/sweep/grid/apply.js';
import type { ScenarioSource } from '../../sim/sweep/grid/grid.js';
import { parseAssignment, ParameterError, type SettingValue } from '../../sim/sweep/grid/values.js';
import { compare } from '../../sim/sweep/compare/compare.js';
import { comparisonToCsv, comparisonToJson, renderComparison } from '../../sim/sweep/compare/render-compare.js';
import { createProgressWriter } from '../../sim/sweep/progress.js';
import type { CommandIo, CommandModule } from '../command.js';
import { ExitCode, UserError } from '../errors.js';
import { loadRuleSetText, RULES_FORMAT } from '../load-rule-set-file.js';
import { loadScenarioFile, parseSeed } from '../load-scenario-file.js';
import { readScenarioFile } from '../read-scenario-file.js';
import { positiveInt, workersFlag } from './sweep-options.js';
import { outputWidth } from './sweep-output.js';
import { parseCommandLine } from '../command-spec.js';
import { COMPARE } from './specs.js';

/** A variant as a scenario: changed settings are written into the text, which is checked again. */
function variant(base: ScenarioSource, file: string, settings: Record<string, SettingValue>, rules?: unknown): ScenarioSource {
  if (Object.keys(settings).length === 0 && rules === undefined) return base;
  const applied = applySettings(base.text, base.file, settings, rules === undefined ? undefined : (doc) => doc.set('rules', doc.createNode(rules)));
  if (!applied.ok) throw new UserError(`variant B (${file}) is not a valid scenario:\n  ${applied.problems.join('\n  ')}`, { hint: 'change the settings named above' });
  return { file, text: applied.variant.text, checked: applied.variant.checked };
}

/** Variant B: another scenario, or A under a rules file (`format: gasim/rules@1`), then any `--set`. */
async function variantB(io: CommandIo, a: ScenarioSource, file: string | undefined, set: readonly string[]): Promise<ScenarioSource> {
  let settings: Record<string, SettingValue>;
  try {
    settings = Object.fromEntries(set.map((text) => {
      const { path, values } = parseAssignment(text, '--set');
      if (values.length !== 1) throw new ParameterError(`--set ${path} takes one value, got ${values.length}`, 'to vary a setting over several values use gasim sweep --vary');
      return [path, values[0]!];
    }));
  } catch (error) {
    if (error instanceof ParameterError) throw new UserError(error.message, { hint: error.hint });
    throw error;
  }
  if (file === undefined) return variant(a, `${a.file} with ${set.join(' ')}`, settings);
  const read = await readScenarioFile(resolve(io.cwd, file));
  if (!read.ok) throw new UserError(`${file} ${read.failure.message}`, { hint: read.failure.hint });
  const format = (() => {
    try {
      return (parse(read.text) as { format?: unknown } | null)?.format;
    } catch {
      return undefined;
    }
  })();
  if (format === RULES_FORMAT) {
    const rules = loadRuleSetText(read.text, file);
    if (!rules.ok) throw new UserError(`${file} is not a valid rules file:\n${rules.lines.map((l) => `  ${l}`).join('\n')}`, { hint: `correct the lines above; \`gasim check ${file}\` reads it too` });
    const { format: _format, ...raw } = parse(read.text) as Record<string, unknown>;
    return variant(a, `${a.file} under ${file}`, settings, raw);
  }
  const b = await loadScenarioFile(file, io);
  return variant({ file, text: b.text, checked: b.checked }, file, settings);
}

/** `gasim compare <a> [<b>] [--set PATH=VALUE]… --runs N [--seed S] [--workers K] [--json|--csv]`. */
export const run: CommandModule['run'] = async (argv, io) => {
  const { values, positionals } = parseCommandLine(COMPARE, argv);
  if (values.json && values.csv) throw new UserError('--json and --csv cannot be combined', { hint: 'choose one output format' });
  const [fileA, fileB, ...extra] = positionals;
  if (fileA === undefined || (fileB === undefined && (values.set ?? []).length === 0) || extra.length > 0) {
    throw new UserError('compare needs two variants: two scenarios, a scenario and a rules file, or a scenario and --set PATH=VALUE', {
      hint: 'gasim compare scenarios/contested-presidency.yaml --set rules.elections.elimination=top-two --runs 2000',
    });
  }
  const loaded = await loadScenarioFile(fileA, io);
  const a: ScenarioSource = { file: fileA, text: loaded.text, checked: loaded.checked };
  const b = await variantB(io, a, fileB, values.set ?? []);
  const runs = positiveInt('runs', values.runs, 1000, 10_000_000);
  const progress = createProgressWriter(io.stderr);
  const comparison = await compare(a, b, { runs, seed: parseSeed(values.seed, loaded.checked.scenario.seed), workers: workersFlag(values.workers), onProgress: (done, total) => progress.update(done, total) });
  progress.finish();
  io.stdout.write(values.json ? comparisonToJson(comparison) : values.csv ? comparisonToCsv(comparison) : renderComparison(comparison, outputWidth(io.stdout.columns)));
  return ExitCode.ok;
};
