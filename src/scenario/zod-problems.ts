import type { z } from 'zod';
import { allowedKeysAt, closest } from './schema-keys.js';
import { formatPath, type DocPath, type ProblemCode, type ScenarioProblem } from './scenario-problem.js';
import type { Positions } from './yaml-positions.js';

type Issue = z.core.$ZodIssue;

/** Turns zod issues into located problems that say what is wrong and how to fix it. */
export function problemsFromIssues(issues: readonly Issue[], schema: z.ZodType, data: unknown, positions: Positions): ScenarioProblem[] {
  const make = (code: ProblemCode, path: DocPath, message: string, hint?: string, target: 'key' | 'value' = 'value'): ScenarioProblem => ({
    code, severity: 'error', message, path: formatPath(path), ...positions(path, target), ...(hint === undefined ? {} : { hint }),
  });
  const convert = (issue: Issue, prefix: DocPath): ScenarioProblem[] => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const where = path.length === 0 ? 'the scenario' : formatPath(path);
    const value = valueAt(data, path);
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.map((key) => {
          const allowed = allowedKeysAt(schema, path, data);
          const guess = closest(key, allowed);
          const message = `unknown key '${key}' in ${where}` + (guess ? `; did you mean '${guess}'?` : '');
          return make('schema/unknown-key', [...path, key], message, allowed.length ? `the keys allowed here are: ${allowed.join(', ')}` : 'remove the key', 'key');
        });
      case 'invalid_type': {
        const parent = valueAt(data, path.slice(0, -1));
        const last = path[path.length - 1];
        if (value === undefined && isRecord(parent) && typeof last === 'string' && !Object.hasOwn(parent, last))
          return [make('schema/missing-key', path, `missing key '${last}' in ${path.length > 1 ? formatPath(path.slice(0, -1)) : 'the scenario'}`, `add '${last}:' with ${expected(issue.expected)}`)];
        return [make('schema/wrong-type', path, `${where} should be ${expected(issue.expected)}, not ${describe(value)}`)];
      }
      case 'invalid_value': {
        const allowed = issue.values.map((v) => String(v));
        const guess = typeof value === 'string' ? closest(value, allowed) : undefined;
        const message = `${describe(value)} is not allowed for ${where}; expected ${allowed.length === 1 ? `'${allowed[0]}'` : `one of: ${allowed.join(', ')}`}`;
        return [make('schema/bad-value', path, message, guess ? `did you mean '${guess}'?` : undefined)];
      }
      case 'invalid_format':
        return issue.format === 'date'
          ? [make('schema/bad-value', path, `${describe(value)} is not a valid date for ${where}`, 'write an ISO date YYYY-MM-DD, e.g. 2025-11-24')]
          : [make('schema/bad-value', path, `${describe(value)} has the wrong form for ${where}`, issue.message)];
      case 'too_big':
      case 'too_small':
        return [make('schema/out-of-range', path, rangeMessage(issue, where, value))];
      case 'invalid_union':
        return unionProblems(issue, path, value, convert, make);
      default:
        return [make('schema/bad-value', path, `${where}: ${issue.message}`)];
    }
  };
  return issues.flatMap((issue) => convert(issue, []));
}

type Convert = (issue: Issue, prefix: DocPath) => ScenarioProblem[];
type Make = (code: ProblemCode, path: DocPath, message: string, hint?: string) => ScenarioProblem;

function unionProblems(issue: z.core.$ZodIssueInvalidUnion, path: DocPath, value: unknown, convert: Convert, make: Make): ScenarioProblem[] {
  const where = formatPath(path);
  if (issue.discriminator !== undefined) {
    const options = (issue as { options?: unknown[] }).options?.map(String) ?? [];
    const guess = typeof value === 'string' ? closest(value, options) : undefined;
    const message = value === undefined
      ? `missing '${issue.discriminator}' at ${formatPath(path.slice(0, -1))}`
      : `unknown ${issue.discriminator} ${describe(value)} at ${where}`;
    return [make(value === undefined ? 'schema/missing-key' : 'schema/bad-value', path, message, `${guess ? `did you mean '${guess}'? ` : ''}the kinds are: ${options.join(', ')}`)];
  }
  const branches = issue.errors;
  const allValues = branches.every((b) => b.length === 1 && b[0]!.code === 'invalid_value' && b[0]!.path.length === 0);
  if (allValues) {
    const values = branches.flatMap((b) => (b[0] as z.core.$ZodIssueInvalidValue).values.map(String));
    return [make('schema/bad-value', path, `${describe(value)} is not allowed for ${where}; expected one of: ${values.join(', ')}`)];
  }
  // the branches that got past the type of the value itself: report the closest one
  const near = branches.filter((b) => !b.some((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value')));
  const best = [...near].sort((a, b) => a.length - b.length)[0];
  if (best) return best.flatMap((i) => convert(i, path));
  return [make('schema/wrong-type', path, `${describe(value)} does not fit ${where}`, 'see scenarios/scenario.schema.json for the allowed forms')];
}

function rangeMessage(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, where: string, value: unknown): string {
  const big = issue.code === 'too_big';
  const bound = big ? (issue as z.core.$ZodIssueTooBig).maximum : (issue as z.core.$ZodIssueTooSmall).minimum;
  const limit = `${big ? 'at most' : 'at least'} ${String(bound)}`;
  if (Array.isArray(value)) return `${where} has ${value.length} entries; ${limit} allowed`;
  if (typeof value === 'string') return `${where} has ${value.length} characters; ${limit} allowed`;
  return `${describe(value)} is out of range for ${where}; ${limit} allowed`;
}

function expected(type: string): string {
  const names: Record<string, string> = { object: 'a map of keys', array: 'a list', string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', record: 'a map of keys' };
  return names[type] ?? type;
}

/** How a YAML value reads in a message. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value (null)';
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a map';
}

function valueAt(data: unknown, path: DocPath): unknown {
  let value = data;
  for (const part of path) {
    if (!isRecord(value) && !Array.isArray(value)) return undefined;
    value = Object.hasOwn(value, part) ? (value as Record<string | number, unknown>)[part] : undefined;
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
