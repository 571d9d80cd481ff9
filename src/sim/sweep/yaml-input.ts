import type { z } from 'zod';
import { formatProblem, sortByPosition } from '../../scenario/scenario-problem.js';
import { parseUntrustedYaml } from '../../scenario/parse-yaml.js';
import { makePositions } from '../../scenario/yaml-positions.js';
import { problemsFromIssues } from '../../scenario/zod-problems.js';

export type InputOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly lines: readonly string[] };

/**
 * A small YAML input file of the analysts' commands (a grid, published counts) read as the scenario
 * loader reads scenarios: core schema only, the same limits, then a strict zod schema; every problem
 * is a `file:line:col: message [code path] (hint: …)` line.
 */
export function parseYamlInput<S extends z.ZodType>(text: string, file: string, schema: S): InputOutcome<z.output<S>> {
  const read = parseUntrustedYaml(text, file);
  if (!read.ok) return { ok: false, lines: read.problems.map((p) => formatProblem(file, p)) };
  const { doc, data, lineCounter } = read.value;
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = problemsFromIssues(parsed.error.issues, schema, data, makePositions(doc, lineCounter));
  return { ok: false, lines: sortByPosition(problems).map((p) => formatProblem(file, p)) };
}
