import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { catalogueOf, createProgressWriter, renderSummary, runSweep, summarise, summaryToCsv, summaryToJson } from '../../sim/sweep/index.js';
import type { CommandModule } from '../command.js';
import { ExitCode, UserError } from '../errors.js';
import { loadScenarioFile, parseSeed } from '../load-scenario-file.js';

function positiveInt(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > max) throw new UserError(`--${name} must be a whole number from 1 to ${max}, got '${value}'`, { hint: `for example --${name} ${Math.min(fallback, max)}` });
  return n;
}

/** `gasim sweep <scenario> --runs N [--workers K] [--seed S] [--json|--csv]`: Monte Carlo over seeds. */
export const run: CommandModule['run'] = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { runs: { type: 'string' }, workers: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean' }, csv: { type: 'boolean' } },
  });
  if (values.json && values.csv) throw new UserError('--json and --csv cannot be combined', { hint: 'choose one output format' });
  const file = positionals[0];
  if (file === undefined) throw new UserError('sweep needs a scenario file', { hint: 'gasim sweep scenarios/contested-presidency.yaml --runs 10000' });
  const loaded = await loadScenarioFile(file, io);
  const runs = positiveInt('runs', values.runs, 1000, 10_000_000);
  const workers = positiveInt('workers', values.workers, Math.max(1, Math.min(availableParallelism(), 8)), 64);
  const seed = parseSeed(values.seed, loaded.checked.scenario.seed);
  const progress = createProgressWriter(io.stderr);
  const aggregate = await runSweep({ scenarioText: loaded.text, file, runs, workers, seed, onProgress: (done, total) => progress.update(done, total) });
  progress.finish();
  const summary = summarise(aggregate, catalogueOf(loaded.checked.scenario), seed);
  const width = Math.max(60, Math.min(io.stdout.columns ?? 100, 140));
  io.stdout.write(values.json ? summaryToJson(summary) : values.csv ? summaryToCsv(summary) : renderSummary(summary, width));
  return ExitCode.ok;
};
