import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { fail, ok, type Result } from './result.js';
import { sortByPosition, type ProblemCode, type ScenarioProblem } from './scenario-problem.js';
import { DEFAULT_LIMITS, findLimitBreaches, prescanYaml, type LimitBreach, type YamlLimits } from './yaml-limits.js';

/** At most this many problems are listed for one file; the rest are counted (issue 18). */
export const MAX_PROBLEMS = 50;

/** An untrusted YAML file read within its limits: the document, its data, and the line lookup. */
export interface UntrustedYaml {
  readonly doc: Document.Parsed;
  readonly data: unknown;
  readonly lineCounter: LineCounter;
}

const START = { line: 1, col: 1 } as const;

/**
 * Reads YAML text as every loader must (scenarios, rules files, grid files): the size, then the
 * lexer's limits (tokens, nesting) before any parsing, then the core schema only with no custom
 * tags, no merge keys, duplicate keys and forbidden keys found in one linear walk, and alias
 * expansion bounded. Problems are located and capped at `MAX_PROBLEMS`.
 */
export function parseUntrustedYaml(text: string, file: string, limits: YamlLimits = DEFAULT_LIMITS): Result<UntrustedYaml, ScenarioProblem[]> {
  const located = (code: ProblemCode, message: string, hint: string, position: { line: number; col: number } = START) =>
    fail([{ code, severity: 'error' as const, message, path: '', hint, ...position }]);
  const bytes = text.length > limits.maxBytes ? text.length : Buffer.byteLength(text);
  if (bytes > limits.maxBytes) return located('yaml/limit', `${file} is ${bytes} bytes; the limit is ${limits.maxBytes}`, 'a scenario file is a few kilobytes; check that this is the right file');
  if (text.trim() === '') return located('yaml/syntax', `${file} is empty`, 'a scenario starts with `format: gasim/scenario@1`; see scenarios/ for examples');
  const lineCounter = new LineCounter();
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: Math.max(1, line), col: Math.max(1, col) };
  };
  const early = prescanYaml(text, limits);
  if (early) {
    // the line lookup is filled by the parser; before parsing, count the lines up to the offset
    const before = text.slice(0, early.offset);
    const line = before.split('\n').length;
    return located('yaml/limit', early.message, early.hint, { line, col: early.offset - before.lastIndexOf('\n') });
  }
  const doc = parseDocument(text, { schema: 'core', customTags: [], merge: false, uniqueKeys: false, prettyErrors: false, lineCounter });
  const yamlProblems = [...doc.errors, ...doc.warnings].map((e) => yamlProblem(e, at(e.pos[0])));
  if (yamlProblems.length > 0) return fail(capProblems(sortByPosition(yamlProblems)));
  const breaches = findLimitBreaches(doc.contents, limits);
  if (breaches.length > 0) return fail(capProblems(breaches.map((b) => ({ code: CODES[b.kind], severity: 'error' as const, message: b.message, hint: b.hint, path: '', ...at(b.offset) }))));
  try {
    // yaml counts the anchor with its aliases: `maxAliases` aliases are allowed, not one fewer
    return ok({ doc, data: doc.toJS({ maxAliasCount: limits.maxAliases + 1 }), lineCounter });
  } catch (error) {
    // yaml refuses an alias expansion that would blow up (a "billion laughs" document)
    return located('yaml/limit', `the aliases expand too far: ${(error as Error).message}`, 'write the values out instead of nesting aliases');
  }
}

const CODES: Readonly<Record<LimitBreach['kind'], ProblemCode>> = { limit: 'yaml/limit', 'forbidden-key': 'yaml/forbidden-key', 'duplicate-key': 'yaml/duplicate-key', tag: 'yaml/tag' };

/** The first `MAX_PROBLEMS` problems, and one more line that counts the rest. */
export function capProblems(problems: readonly ScenarioProblem[]): ScenarioProblem[] {
  if (problems.length <= MAX_PROBLEMS) return [...problems];
  const rest = problems.length - MAX_PROBLEMS;
  const last = problems[MAX_PROBLEMS]!;
  return [...problems.slice(0, MAX_PROBLEMS), { code: last.code, severity: 'error', message: `and ${rest} more problem${rest === 1 ? '' : 's'} not listed`, path: '', line: last.line, col: last.col, hint: 'fix the problems above first' }];
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
