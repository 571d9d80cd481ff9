import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { formatProblem, sortByPosition } from '../../scenario/scenario-problem.js';
import { DEFAULT_LIMITS, findLimitBreaches } from '../../scenario/yaml-limits.js';
import { makePositions } from '../../scenario/yaml-positions.js';
import { problemsFromIssues } from '../../scenario/zod-problems.js';

export type InputOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly lines: readonly string[] };

/**
 * A small YAML input file of the analysts' commands (a grid, published counts) read as the scenario
 * loader reads scenarios: core schema only, the same limits, then a strict zod schema; every problem
 * is a `file:line:col: message [code path] (hint: …)` line.
 */
export function parseYamlInput<S extends z.ZodType>(text: string, file: string, schema: S): InputOutcome<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', customTags: [], merge: false, uniqueKeys: true, prettyErrors: false, lineCounter });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return `${file}:${Math.max(1, line)}:${Math.max(1, col)}`;
  };
  const syntax = [...doc.errors, ...doc.warnings].map((e) => `${at(e.pos[0])}: YAML syntax: ${e.message.split('\n')[0]} [yaml/syntax] (hint: check the indentation and quoting on this line or the one before)`);
  if (syntax.length > 0) return { ok: false, lines: syntax };
  const breaches = findLimitBreaches(doc.contents, DEFAULT_LIMITS);
  if (breaches.length > 0) return { ok: false, lines: breaches.map((b) => `${at(b.offset)}: ${b.message} [yaml/${b.kind}] (hint: ${b.hint})`) };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: DEFAULT_LIMITS.maxAliases });
  } catch (error) {
    return { ok: false, lines: [`${file}:1:1: the aliases expand too far: ${(error as Error).message} [yaml/limit] (hint: write the values out)`] };
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = problemsFromIssues(parsed.error.issues, schema, data, makePositions(doc, lineCounter));
  return { ok: false, lines: sortByPosition(problems).map((p) => formatProblem(file, p)) };
}
