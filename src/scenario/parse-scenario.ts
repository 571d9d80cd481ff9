import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import { fail, ok, type Result } from './result.js';
import { sortByPosition, type ProblemCode, type ScenarioProblem } from './scenario-problem.js';
import { ScenarioSchema, type Scenario } from './schema.js';
import { DEFAULT_LIMITS, findLimitBreaches, type YamlLimits } from './yaml-limits.js';
import { makePositions, START, type Positions } from './yaml-positions.js';
import { problemsFromIssues } from './zod-problems.js';

/** A scenario that has the right shape, with the lookup that locates any of its paths. */
export interface ParsedScenario {
  readonly scenario: Scenario;
  readonly positions: Positions;
}

/**
 * Stage one (shape): YAML text → a typed scenario, using the YAML core schema only (no custom
 * tags, nothing evaluated), within the limits of an untrusted file, then `ScenarioSchema`.
 */
export function parseScenario(text: string, file: string, limits: YamlLimits = DEFAULT_LIMITS): Result<ParsedScenario, ScenarioProblem[]> {
  const located = (code: ProblemCode, message: string, hint?: string) =>
    fail([{ code, severity: 'error' as const, message, path: '', ...START, ...(hint === undefined ? {} : { hint }) }]);
  const bytes = text.length > limits.maxBytes ? text.length : new TextEncoder().encode(text).length;
  if (bytes > limits.maxBytes)
    return located('yaml/limit', `${file} is ${bytes} bytes; the limit is ${limits.maxBytes}`, 'a scenario file is a few kilobytes; check that this is the right file');
  if (text.trim() === '') return located('yaml/syntax', `${file} is empty`, 'a scenario starts with `format: gasim/scenario@1`; see scenarios/ for examples');

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', customTags: [], merge: false, uniqueKeys: true, prettyErrors: false, lineCounter });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: Math.max(1, line), col: Math.max(1, col) };
  };
  const yamlProblems = [...doc.errors, ...doc.warnings].map((e) => yamlProblem(e, at(e.pos[0])));
  if (yamlProblems.length > 0) return fail(sortByPosition(yamlProblems));

  const breaches = findLimitBreaches(doc.contents, limits);
  if (breaches.length > 0)
    return fail(breaches.map((b) => ({
      code: b.kind === 'limit' ? ('yaml/limit' as const) : ('yaml/forbidden-key' as const),
      severity: 'error' as const, message: b.message, hint: b.hint, path: '', ...at(b.offset),
    })));

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliases });
  } catch (error) {
    // yaml refuses an alias expansion that would blow up (a "billion laughs" document)
    return located('yaml/limit', `the aliases expand too far: ${(error as Error).message}`, 'write the values out instead of nesting aliases');
  }
  const positions = makePositions(doc, lineCounter);
  const parsed = ScenarioSchema.safeParse(data);
  if (!parsed.success) return fail(sortByPosition(problemsFromIssues(parsed.error.issues, ScenarioSchema, data, positions)));
  return ok({ scenario: parsed.data, positions });
}

function yamlProblem(error: YAMLError, position: { line: number; col: number }): ScenarioProblem {
  const message = error.message.split(/ at line \d+, column \d+/)[0]!.trim();
  const base = { severity: 'error' as const, path: '', ...position };
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return { ...base, code: 'yaml/duplicate-key', message: 'duplicate key in a map', hint: 'each key may appear once; merge or remove the second one' };
    case 'TAG_RESOLVE_FAILED':
      return { ...base, code: 'yaml/tag', message: message.replace('Unresolved tag', 'tag not allowed').replace('tag:yaml.org,2002:', '!!'), hint: 'scenarios use plain YAML only; remove the tag' };
    case 'TAB_AS_INDENT':
      return { ...base, code: 'yaml/syntax', message: 'tab used for indentation', hint: 'indent with spaces' };
    default:
      return { ...base, code: 'yaml/syntax', message: `YAML syntax: ${message.charAt(0).toLowerCase()}${message.slice(1)}`, hint: 'check the indentation and quoting on this line or the one before' };
  }
}
