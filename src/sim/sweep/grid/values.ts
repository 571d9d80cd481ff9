/** A value a scenario setting can take in a grid or an override: a number, a word or a switch. */
export type SettingValue = number | string | boolean;

/** One setting varied over a list of values. */
export interface Parameter {
  /** A path into the scenario, e.g. `voting.model.turnout` or `voting.model.blocs.eu.cohesion`. */
  readonly path: string;
  readonly values: readonly SettingValue[];
}

/** Why a `PATH=VALUES` text cannot be used, with a fix. */
export class ParameterError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'ParameterError';
  }
}

const MAX_VALUES = 1000;
const PATH = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;

/** A value as written: a number when it reads as one, `true`/`false`, else the word itself. */
export function parseValue(text: string): SettingValue {
  const trimmed = text.trim();
  if (trimmed === 'true' || trimmed === 'false') return trimmed === 'true';
  if (trimmed !== '' && /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) return Number(trimmed);
  return trimmed;
}

/** Digits after the decimal point of a number as written ("0.05" → 2), to round a range's steps. */
function decimals(text: string): number {
  const match = /\.(\d+)/.exec(text);
  return match ? match[1]!.length : 0;
}

/**
 * Values as written: a range `from:to:step` (inclusive of `to` when a step lands on it), or a
 * comma-separated list (`0.7,0.8,0.9` or `drop-lowest,top-two`), or one value.
 */
export function parseValues(text: string, where: string): SettingValue[] {
  const range = /^\s*([^:,]+):([^:,]+):([^:,]+)\s*$/.exec(text);
  if (range) {
    const [from, to, step] = range.slice(1).map(parseValue);
    if (typeof from !== 'number' || typeof to !== 'number' || typeof step !== 'number' || !(step > 0) || to < from) {
      throw new ParameterError(`${where}: '${text}' is not a range from:to:step with from ≤ to and a positive step`, 'for example 0.70:0.95:0.05, or a list 0.7,0.8,0.9');
    }
    const places = Math.max(...range.slice(1).map(decimals));
    const count = Math.floor((to - from) / step + 1e-9) + 1;
    if (count > MAX_VALUES) throw new ParameterError(`${where}: '${text}' gives ${count} values; the limit is ${MAX_VALUES}`, 'use a larger step');
    return Array.from({ length: count }, (_, k) => Number((from + k * step).toFixed(places)));
  }
  const values = text.split(',').map(parseValue);
  if (values.some((v) => v === '')) throw new ParameterError(`${where}: '${text}' has an empty value`, 'separate values with single commas, e.g. 0.7,0.8,0.9');
  if (values.length > MAX_VALUES) throw new ParameterError(`${where}: ${values.length} values; the limit is ${MAX_VALUES}`, 'split the grid');
  return values;
}

/** `PATH=VALUES` as given to `--vary` (or `PATH=VALUE` to `--set`). */
export function parseAssignment(text: string, flag: string): Parameter {
  const at = text.indexOf('=');
  const path = at < 0 ? '' : text.slice(0, at).trim();
  if (at < 0 || !PATH.test(path)) {
    throw new ParameterError(`${flag} '${text}' is not PATH=VALUES`, `for example ${flag} voting.model.turnout=0.70:0.95:0.05 or ${flag} rules.elections.elimination=drop-lowest,top-two`);
  }
  return { path, values: parseValues(text.slice(at + 1), `${flag} ${path}`) };
}

/** Every combination of the parameters' values, the first parameter varying slowest (full factorial). */
export function gridPoints(parameters: readonly Parameter[]): Record<string, SettingValue>[] {
  return parameters.reduce<Record<string, SettingValue>[]>(
    (points, parameter) => points.flatMap((point) => parameter.values.map((value) => ({ ...point, [parameter.path]: value }))),
    [{}],
  );
}
