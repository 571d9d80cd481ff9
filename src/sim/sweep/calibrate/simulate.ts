import { tallyRecordedChoices } from '../../../rules/tally.js';
import type { BallotRequest, BallotResponse } from '../../../domain/ballot-request.js';
import { deriveSeed } from '../../../random/derive-seed.js';
import type { Scenario } from '../../../scenario/schema.js';
import { compileBehaviour, drawBallot } from '../../behaviour/index.js';
import { ballotStream } from '../../voter.js';
import { documentPath } from '../grid/apply.js';
import { categories } from './capture.js';
import type { ObservedBallot } from './observed-file.js';

/** The model's counts of the published ballots at one setting: mean and covariance over the draws. */
export interface Simulated {
  /** Every ballot's categories (candidates or yes/no, blank, spoiled), one after another. */
  readonly mean: readonly number[];
  /** Covariance of the counts (ballots are drawn independently, so it is block-diagonal). */
  readonly covariance: readonly (readonly number[])[];
}

/** Sets a dotted setting path on plain data (a list element by index or by its id). */
export function setPath(data: unknown, path: string, value: unknown): void {
  const resolved = documentPath(data, path);
  if (!resolved.ok) throw new Error(resolved.problem);
  let here = data as Record<string | number, unknown>;
  for (const part of resolved.path.slice(0, -1)) here = (here[part] ??= {}) as Record<string | number, unknown>;
  here[resolved.path.at(-1)!] = value;
}

function countsOf(response: BallotResponse, keys: readonly string[]): number[] {
  if (response.kind === 'counts') return keys.map((k) => (k === 'abstain' ? response.abstain : k === 'invalid' ? response.invalid : (response.counts[k] ?? 0)));
  const tally: Readonly<Record<string, number>> = { ...tallyRecordedChoices(response.choices, response.choices.length) };
  return keys.map((k) => tally[k] ?? 0);
}

/**
 * Draws the published ballots from the behaviour model with `settings` written into the scenario
 * (and any scripted result for those ballots removed): `draws` times, draw r of every setting with
 * the same random stream (common random numbers, so that the fit's objective changes smoothly with
 * the settings). Uses the session's own ballot draw (`drawBallot`) on the captured requests.
 */
export function simulate(scenario: Scenario, requests: readonly BallotRequest[], observed: readonly ObservedBallot[], settings: Readonly<Record<string, number>>, seed: number, draws: number): Simulated {
  // copy only what the settings and the script removal touch: the rest of a scenario is large and shared
  const variant: Scenario = { ...scenario, voting: structuredClone(scenario.voting) };
  for (const top of new Set(Object.keys(settings).map((path) => path.split('.')[0]!))) {
    if (top !== 'voting') (variant as unknown as Record<string, unknown>)[top] = structuredClone((scenario as unknown as Record<string, unknown>)[top]);
  }
  for (const [path, value] of Object.entries(settings)) setPath(variant, path, value);
  const published = (s: { item: string; seat: number; ballot: number; amendment?: string | undefined }) =>
    observed.some((o) => o.item === s.item && o.seat === s.seat && o.ballot === s.ballot && (o.amendment ?? null) === (s.amendment ?? null));
  variant.voting.scripted = variant.voting.scripted.filter((s) => !published(s));
  const model = compileBehaviour(variant);
  const keys = requests.map(categories);
  const size = keys.reduce((n, k) => n + k.length, 0);
  const sum = new Float64Array(size);
  const outer = Array.from({ length: size }, () => new Float64Array(size));
  const offsets = keys.map((_, i) => keys.slice(0, i).reduce((n, k) => n + k.length, 0));
  for (let r = 0; r < draws; r++) {
    const runSeed = deriveSeed(seed, r);
    requests.forEach((request, b) => {
      const counts = countsOf(drawBallot(model, request, ballotStream(runSeed, request)), keys[b]!);
      const at = offsets[b]!;
      for (let i = 0; i < counts.length; i++) {
        sum[at + i]! += counts[i]!;
        for (let j = 0; j < counts.length; j++) outer[at + i]![at + j]! += counts[i]! * counts[j]!;
      }
    });
  }
  const mean = Array.from(sum, (s) => s / draws);
  const block = keys.flatMap((k, b) => k.map(() => b));
  const covariance = outer.map((row, i) => Array.from(row, (v, j) => (block[i] === block[j] ? (v - draws * mean[i]! * mean[j]!) / Math.max(1, draws - 1) : 0)));
  return { mean, covariance };
}

/** The published counts in the same order as `Simulated.mean`. */
export function observedVector(requests: readonly BallotRequest[], observed: readonly ObservedBallot[]): number[] {
  return requests.flatMap((request, b) => {
    const o = observed[b]!;
    return categories(request).map((k) => (k === 'abstain' ? o.abstain : k === 'invalid' ? o.invalid : (o.counts[k] ?? 0)));
  });
}
