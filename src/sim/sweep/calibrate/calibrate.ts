import { applySettings, documentPath } from '../grid/apply.js';
import type { ScenarioSource } from '../grid/grid.js';
import { CalibrationError, captureRequests, categories } from './capture.js';
import { fitSettings, type FitSetting, type FittedSetting } from './fit.js';
import type { ObservedFile } from './observed-file.js';
import { observedVector, simulate } from './simulate.js';

/** A calibration's result: fitted settings with intervals, goodness of fit, and the fitted scenario's text. */
export interface Calibration {
  readonly format: 'gasim/calibration@1';
  readonly scenario: { readonly id: string; readonly title: string; readonly file: string };
  readonly seed: number;
  readonly draws: number;
  readonly method: string;
  readonly settings: readonly FittedSetting[];
  readonly ballots: readonly { readonly item: string; readonly seat: number; readonly ballot: number; readonly rows: readonly { readonly key: string; readonly observed: number; readonly fitted: number }[] }[];
  readonly fit: { readonly statistic: number; readonly df: number; readonly pValue: number | null; readonly iterations: number };
  /** The scenario with the fitted values written in (comments kept). */
  readonly scenarioText: string;
}

const PROBABILITIES = new Set(['turnout', 'abstain', 'invalid', 'cohesion', 'loyalty', 'yes', 'no']);

/** The value a setting has in the checked scenario (its default when the file leaves it out; 1 for an appeal). */
function currentValue(data: unknown, path: string): number {
  const resolved = documentPath(data, path);
  let here: unknown = data;
  if (resolved.ok) for (const part of resolved.path) here = (here as Record<string | number, unknown> | undefined)?.[part];
  if (typeof here === 'number') return here;
  if (here === undefined && /\.appeal\.[^.]+$/.test(path)) return 1;
  throw new CalibrationError(`${path} is not a number setting of the scenario`, 'fit numeric behaviour settings, e.g. voting.model.candidates.appeal.<candidate>, voting.model.turnout, voting.model.blocs.<id>.cohesion');
}

/**
 * Fits the chosen behaviour settings of a scenario to published ballot counts (see `fitSettings`):
 * the ballots are captured from a run with `seed`, then drawn `draws` times per trial setting.
 */
export function calibrate(source: ScenarioSource, observed: ObservedFile, options: { seed: number; draws: number; fit?: readonly string[] }): Calibration {
  const scenario = source.checked.scenario;
  const paths = [...new Set([...observed.fit, ...(options.fit ?? [])])];
  if (paths.length === 0) throw new CalibrationError('nothing to fit', "list the settings under 'fit:' in the observed file or give --fit PATH");
  const settings: FitSetting[] = paths.map((path) => {
    const start = currentValue(scenario, path);
    return { path, start, scale: PROBABILITIES.has(path.split('.').at(-1)!) ? 'logit' : 'log' };
  });
  const requests = captureRequests(scenario, options.seed, observed.ballots);
  const y = observedVector(requests, observed.ballots);
  const result = fitSettings(settings, y, (values) => simulate(scenario, requests, observed.ballots, Object.fromEntries(paths.map((p, i) => [p, values[i]!])), options.seed, options.draws), options.draws);
  let offset = 0;
  const ballots = observed.ballots.map((o, b) => {
    const keys = categories(requests[b]!);
    const rows = keys.map((key, i) => ({ key, observed: y[offset + i]!, fitted: Math.round(result.fitted[offset + i]! * 100) / 100 }));
    offset += keys.length;
    return { item: o.item, seat: o.seat, ballot: o.ballot, rows };
  });
  const written = applySettings(source.text, source.file, Object.fromEntries(result.settings.map((s) => [s.path, Number(s.value.toPrecision(4))])));
  if (!written.ok) throw new Error(`the fitted values do not make a valid scenario: ${written.problems.join('; ')}`);
  return {
    format: 'gasim/calibration@1',
    scenario: { id: scenario.id, title: scenario.title, file: source.file },
    seed: options.seed,
    draws: options.draws,
    method: 'method of simulated moments, two steps (Pearson weights, then the inverse simulated covariance), Levenberg–Marquardt',
    settings: result.settings,
    ballots,
    fit: { statistic: result.statistic, df: result.df, pValue: result.pValue, iterations: result.iterations },
    scenarioText: written.variant.text,
  };
}
