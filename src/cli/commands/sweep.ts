import { catalogueOf } from '../../sim/sweep/catalogue.js';
import { gridScenarios } from '../../sim/sweep/grid/grid.js';
import { ParameterError } from '../../sim/sweep/grid/values.js';
import { createProgressWriter } from '../../sim/sweep/progress.js';
import { runSweepPoints } from '../../sim/sweep/run-sweep.js';
import type { RunFailure } from '../../sim/sweep/pool-protocol.js';
import { makePartial, shardRange } from '../../sim/sweep/shard/shard.js';
import type { CommandModule } from '../command.js';
import { ExitCode, UserError } from '../errors.js';
import { loadScenarioFile, parseSeed } from '../load-scenario-file.js';
import { VERSION } from '../version.js';
import { openRunTable } from './run-table-file.js';
import { gridParameters, parseShard, positiveInt, workersFlag } from './sweep-options.js';
import { formatSweep, outputWidth } from './sweep-output.js';
import { parseCommandLine } from '../command-spec.js';
import { SWEEP } from './specs.js';
import { failedRunError, withFailures, type PointFailure } from './sweep-failures.js';

/**
 * `gasim sweep <scenario> --runs N [--workers K] [--seed S] [--json|--csv] [--vary PATH=VALUES]…
 * [--grid FILE] [--shard i/n] [--runs-out FILE] [--keep-going] [--force]`: Monte Carlo over seeds, over a grid of
 * settings, or one shard of either.
 */
export const run: CommandModule['run'] = async (argv, io) => {
  const { values, positionals } = parseCommandLine(SWEEP, argv);

  if (values.json && values.csv) throw new UserError('--json and --csv cannot be combined', { hint: 'choose one output format' });
  const shard = parseShard(values.shard);
  const keepGoing = values['keep-going'] === true;
  if (shard && keepGoing) throw new UserError('--keep-going cannot be combined with --shard: a partial has no place for failed runs', { hint: 'run the shard without --keep-going; a failed run stops it with its seed' });
  if (shard && (values.json || values.csv)) throw new UserError('--shard writes a partial (JSON) for `gasim merge`; --json and --csv apply to the merge', { hint: 'gasim sweep … --shard 1/4 > part-1.json, then gasim merge part-*.json --csv' });
  const file = positionals[0];
  if (file === undefined) throw new UserError('sweep needs a scenario file', { hint: 'gasim sweep scenarios/contested-presidency.yaml --runs 10000' });
  if (positionals.length > 1) throw new UserError(`sweep takes one scenario file, got ${positionals.length}`, { hint: 'to compare two scenarios use gasim compare A B' });
  const loaded = await loadScenarioFile(file, io);
  const runs = positiveInt('runs', values.runs, 1000, 10_000_000);
  const workers = workersFlag(values.workers, io);
  const seed = parseSeed(values.seed, loaded.checked.scenario.seed);
  const parameters = await gridParameters(io, values.vary ?? [], values.grid);
  let points;
  try {
    points = gridScenarios(loaded, parameters);
  } catch (error) {
    if (error instanceof ParameterError) throw new UserError(error.message, { hint: error.hint });
    throw error;
  }
  const catalogues = points.map((p) => catalogueOf(p.checked.scenario));
  const table = values['runs-out'] === undefined ? null : await openRunTable(io, values['runs-out'], { catalogues, parameters, points: points.map((p) => p.values), force: values.force ?? false });
  const progress = createProgressWriter(io.stderr);
  const failures: PointFailure[] = [];
  try {
    const aggregates = await runSweepPoints({
      points: points.map((p) => ({ text: p.text, file })),
      runs,
      seed,
      workers,
      ...(shard ? { range: shardRange(runs, shard) } : {}),
      onProgress: (done, total, pointsDone) => progress.update(done, total, parameters.length > 0 ? { done: pointsDone, total: points.length } : undefined),
      ...(table ? { onRows: table.append } : {}),
      // test hook, not for normal use: the sessions' module (test/fixtures/hostile/failing-run-module.mjs)
      ...(io.env.GASIM_SWEEP_RUN_MODULE ? { runModule: io.env.GASIM_SWEEP_RUN_MODULE } : {}),
      ...(keepGoing ? { keepGoing, onFailures: (point: number, failed: readonly RunFailure[]) => failures.push(...failed.map((f) => ({ ...f, values: points[point]!.values }))) } : {}),
    }).catch((error: unknown) => {
      // a failed run stops the sweep cleanly, naming its seed and how to reproduce it (issue 18)
      const failed = error as Error & { seed?: unknown; task?: { scenario?: number } };
      if (error instanceof Error && typeof failed.seed === 'number') throw failedRunError(failed, file, points[failed.task?.scenario ?? 0]?.values ?? {}, failed.seed);
      throw error;
    });
    await table?.close();
    progress.finish();
    const counted = points.map((p, i) => ({ values: p.values, catalogue: catalogues[i]!, aggregate: aggregates[i]! }));
    if (shard) {
      const partial = makePartial({ gasim: VERSION, scenario: { id: loaded.checked.scenario.id, file, text: loaded.text }, seed, runs, shard, parameters, points: counted });
      io.stdout.write(`${JSON.stringify(partial)}\n`);
    } else {
      const format = values.json ? 'json' : values.csv ? 'csv' : 'text';
      io.stdout.write(withFailures(formatSweep({ seed, runs, parameters, points: counted }, format, outputWidth(io.stdout.columns)), failures, runs * points.length, file, format));
    }
  } catch (error) {
    await table?.abandon();
    throw error;
  }
  return ExitCode.ok;
};
