import jStat from 'jstat';
import { levenbergMarquardt } from 'ml-levenberg-marquardt';
import { EigenvalueDecomposition, inverse, Matrix, pseudoInverse } from 'ml-matrix';
import { Z95 } from '../wilson.js';
import { CalibrationError } from './capture.js';
import type { Simulated } from './simulate.js';

/** A setting to fit, on the scale the optimiser works in: log for weights, logit for probabilities. */
export interface FitSetting {
  readonly path: string;
  readonly scale: 'log' | 'logit';
  readonly start: number;
}

/** A fitted setting with its 95% interval (from the standard error on the optimiser's scale, mapped back). */
export interface FittedSetting {
  readonly path: string;
  readonly start: number;
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly scale: 'log' | 'logit';
  readonly standardError: number;
}

export interface FitResult {
  readonly settings: readonly FittedSetting[];
  readonly fitted: readonly number[];
  /** The minimum-distance statistic (observed − fitted)ᵀ S⁺ (observed − fitted), χ² with `df` degrees of freedom under the model. */
  readonly statistic: number;
  readonly df: number;
  readonly pValue: number | null;
  readonly iterations: number;
}

const BOUNDS = { log: [Math.log(1e-4), Math.log(1e4)], logit: [-12, 12] } as const;
const toScale = (s: FitSetting, v: number) => (s.scale === 'log' ? Math.log(Math.max(v, 1e-4)) : Math.log(Math.min(Math.max(v, 1e-6), 1 - 1e-6) / (1 - Math.min(Math.max(v, 1e-6), 1 - 1e-6))));
export const fromScale = (s: Pick<FitSetting, 'scale'>, t: number) => (s.scale === 'log' ? Math.exp(t) : 1 / (1 + Math.exp(-t)));

/** W^½ of a symmetric positive semi-definite weight matrix, as the rows that whiten a residual. */
function whitener(weights: Matrix): Matrix {
  const evd = new EigenvalueDecomposition(weights, { assumeSymmetric: true });
  const root = Matrix.diag(evd.realEigenvalues.map((v) => Math.sqrt(Math.max(0, v))));
  return root.mmul(evd.eigenvectorMatrix.transpose());
}

function rank(covariance: Matrix): number {
  const values = new EigenvalueDecomposition(covariance, { assumeSymmetric: true }).realEigenvalues;
  const top = Math.max(...values.map(Math.abs));
  return values.filter((v) => v > top * 1e-9).length;
}

/**
 * Fits settings so that the model's expected counts match the observed ones: the method of
 * simulated moments in two steps (Pearson weights, then the inverse of the simulated covariance at
 * the first estimate), each minimised by Levenberg–Marquardt (ml-levenberg-marquardt) on
 * whitened residuals. Standard errors come from (1 + 1/draws)(Jᵀ W J)⁻¹ with the Jacobian J of
 * the expected counts by central differences: the sampling error of the published counts plus the
 * simulation's own.
 */
export function fitSettings(settings: readonly FitSetting[], observed: readonly number[], model: (values: readonly number[]) => Simulated, draws: number): FitResult {
  const memo = new Map<string, Simulated>();
  const at = (t: readonly number[]) => {
    const key = t.map((x) => x.toFixed(12)).join(',');
    let sim = memo.get(key);
    if (!sim) memo.set(key, (sim = model(t.map((x, i) => fromScale(settings[i]!, x)))));
    return sim;
  };
  const y = Matrix.columnVector([...observed]);
  const minimise = (weights: Matrix, start: readonly number[]) => {
    const l = whitener(weights);
    const target = l.mmul(y).to1DArray();
    return levenbergMarquardt(
      { x: target.map((_, i) => i), y: target },
      (t) => {
        const w = l.mmul(Matrix.columnVector([...at(t).mean])).to1DArray();
        return (i) => w[i]!;
      },
      {
        initialValues: [...start],
        minValues: settings.map((s) => BOUNDS[s.scale][0]),
        maxValues: settings.map((s) => BOUNDS[s.scale][1]),
        gradientDifference: 0.05,
        centralDifference: true,
        damping: 1e-2,
        maxIterations: 60,
        errorTolerance: 1e-6,
      },
    );
  };
  const start = settings.map((s) => toScale(s, s.start));
  const pearson = Matrix.diag(at(start).mean.map((m) => 1 / Math.max(m, 1)));
  const first = minimise(pearson, start);
  const covariance = new Matrix(at(first.parameterValues).covariance.map((row) => [...row]));
  const weights = pseudoInverse(covariance);
  const second = minimise(weights, first.parameterValues);
  const theta = second.parameterValues;
  const fitted = at(theta).mean;
  const h = 0.05;
  const jacobian = new Matrix(observed.length, settings.length);
  settings.forEach((_, j) => {
    const up = [...theta];
    const down = [...theta];
    up[j]! += h;
    down[j]! -= h;
    const [mu, md] = [at(up).mean, at(down).mean];
    for (let i = 0; i < observed.length; i++) jacobian.set(i, j, (mu[i]! - md[i]!) / (2 * h));
  });
  const information = jacobian.transpose().mmul(weights).mmul(jacobian);
  const smallest = Math.min(...new EigenvalueDecomposition(information, { assumeSymmetric: true }).realEigenvalues);
  if (!(smallest > 1e-8)) {
    throw new CalibrationError(
      `the published counts do not pin down ${settings.map((s) => s.path).join(', ')} together`,
      'fit fewer settings: appeals only matter relative to each other, so keep one candidate\'s appeal fixed; a setting that changes nothing on these ballots cannot be fitted',
    );
  }
  const parameterCovariance = inverse(information).mul(1 + 1 / draws);
  const residual = y.clone().sub(Matrix.columnVector([...fitted]));
  const statistic = residual.transpose().mmul(weights).mmul(residual).get(0, 0);
  const df = rank(covariance) - settings.length;
  return {
    settings: settings.map((s, j) => {
      const se = Math.sqrt(Math.max(0, parameterCovariance.get(j, j)));
      const t = theta[j]!;
      return { path: s.path, start: s.start, value: fromScale(s, t), low: fromScale(s, t - Z95 * se), high: fromScale(s, t + Z95 * se), scale: s.scale, standardError: se };
    }),
    fitted,
    statistic,
    df,
    pValue: df > 0 ? 1 - jStat.chisquare.cdf(statistic, df) : null,
    iterations: first.iterations + second.iterations,
  };
}
