import { createHash } from 'node:crypto';
import { EMPTY_AGGREGATE, mergeAggregates, type SweepAggregate } from '../aggregate.js';
import type { SweepCatalogue } from '../catalogue.js';
import { chunkRanges } from '../run-chunk.js';
import type { Parameter, SettingValue } from '../grid/values.js';
import { PARTIAL_FORMAT, type SweepPartial } from './partial-schema.js';

/** `i/n`: the i-th (1-based) of n disjoint, contiguous ranges of run indices. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** The run indices [from, to) of a shard of a sweep of `runs` runs (the ranges cover [0, runs) exactly). */
export function shardRange(runs: number, shard: Shard): [number, number] {
  if (shard.count > runs) return shard.index <= runs ? [shard.index - 1, shard.index] : [runs, runs];
  return chunkRanges(runs, shard.count)[shard.index - 1]!;
}

/** The sha256 of a scenario file's text, as partials record it. */
export function scenarioHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** What a shard writes: exact integer counts, and everything that must match for a merge. */
export function makePartial(input: {
  gasim: string;
  scenario: { id: string; file: string; text: string };
  seed: number;
  runs: number;
  shard: Shard;
  parameters: readonly Parameter[];
  points: readonly { values: Readonly<Record<string, SettingValue>>; catalogue: SweepCatalogue; aggregate: SweepAggregate }[];
}): SweepPartial {
  return {
    format: PARTIAL_FORMAT,
    gasim: input.gasim,
    scenario: { id: input.scenario.id, file: input.scenario.file, sha256: scenarioHash(input.scenario.text) },
    seed: input.seed,
    runs: input.runs,
    shard: { index: input.shard.index, count: input.shard.count },
    range: shardRange(input.runs, input.shard),
    parameters: input.parameters.map((p) => ({ path: p.path, values: [...p.values] })),
    points: input.points.map((p) => ({ values: { ...p.values }, catalogue: p.catalogue as SweepPartial['points'][number]['catalogue'], aggregate: p.aggregate as SweepPartial['points'][number]['aggregate'] })),
  };
}

/** Why partials cannot be merged: says which file differs from the first, and how. */
export class MergeError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'MergeError';
  }
}

/** The merged result: what one machine running the whole sweep (or grid) would have aggregated. */
export interface MergedSweep {
  readonly seed: number;
  readonly runs: number;
  readonly parameters: readonly Parameter[];
  readonly points: readonly { values: Readonly<Record<string, SettingValue>>; catalogue: SweepCatalogue; aggregate: SweepAggregate }[];
  readonly scenario: SweepPartial['scenario'];
}

/**
 * Merges the partials of every shard of one sweep into the counts one machine would have produced:
 * refuses partials of another scenario (by its sha256), seed, number of runs, grid, shard count or
 * gasim version (also `gasim`, when given: the version doing the merge), and a missing or repeated shard.
 */
export function mergePartials(partials: readonly { readonly name: string; readonly partial: SweepPartial }[], gasim?: string): MergedSweep {
  if (partials.length === 0) throw new MergeError('no partial to merge', 'give the files written by `gasim sweep … --shard i/n`');
  const [first] = partials;
  const same = (what: string, pick: (p: SweepPartial) => unknown, hint: string) => {
    const expected = JSON.stringify(pick(first!.partial));
    for (const { name, partial } of partials) {
      if (JSON.stringify(pick(partial)) !== expected) throw new MergeError(`${name} is from a different ${what} than ${first!.name} (${JSON.stringify(pick(partial))} vs ${expected})`, hint);
    }
  };
  same('gasim version', (p) => p.gasim, 'run every shard and the merge with the same gasim version');
  if (gasim !== undefined && first!.partial.gasim !== gasim) throw new MergeError(`${first!.name} was written by gasim ${first!.partial.gasim}; this is gasim ${gasim}`, 'merge with the gasim version that ran the shards');
  same('scenario (sha256 of its file)', (p) => p.scenario.sha256, 'run every shard on the same scenario file');
  same('seed', (p) => p.seed, 'run every shard with the same --seed');
  same('number of runs', (p) => p.runs, 'run every shard with the same --runs');
  same('grid', (p) => p.parameters, 'run every shard with the same --vary and --grid');
  same('shard count', (p) => p.shard.count, 'give every shard i/n with the same n');
  const count = first!.partial.shard.count;
  const byIndex = new Map<number, string>();
  for (const { name, partial } of partials) {
    const { index } = partial.shard;
    if (index > count) throw new MergeError(`${name} is shard ${index}/${count}`, 'a shard index runs from 1 to n');
    if (byIndex.has(index)) throw new MergeError(`${name} and ${byIndex.get(index)} are both shard ${index}/${count}`, 'give each shard once');
    const expected = shardRange(partial.runs, partial.shard);
    if (partial.range[0] !== expected[0] || partial.range[1] !== expected[1]) throw new MergeError(`${name} covers runs ${partial.range.join('–')}, not those of shard ${index}/${count}`, 'the file was edited or is damaged; run the shard again');
    if (partial.points.length !== first!.partial.points.length) throw new MergeError(`${name} has ${partial.points.length} grid points, not ${first!.partial.points.length}`, 'run every shard with the same grid');
    byIndex.set(index, name);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) throw new MergeError(`shard${missing.length === 1 ? '' : 's'} ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''} of ${count} missing`, 'give the partial of every shard 1 to n');
  const ordered = [...partials].sort((a, b) => a.partial.shard.index - b.partial.shard.index);
  const points = first!.partial.points.map((point, p) => {
    let aggregate: SweepAggregate = EMPTY_AGGREGATE;
    for (const { name, partial } of ordered) {
      const here = partial.points[p]!;
      if (JSON.stringify(here.values) !== JSON.stringify(point.values) || JSON.stringify(here.catalogue) !== JSON.stringify(point.catalogue)) {
        throw new MergeError(`${name}: grid point ${p + 1} differs from ${first!.name}`, 'the file was edited or is damaged; run the shard again');
      }
      aggregate = mergeAggregates(aggregate, here.aggregate);
    }
    return { values: point.values, catalogue: point.catalogue as SweepCatalogue, aggregate };
  });
  const { seed, runs, parameters, scenario } = first!.partial;
  return { seed, runs, parameters, points, scenario };
}
