/** Problems found while loading a scenario, each located at a YAML node (issue 2, item 4). */
import { terminalField } from '../domain/safe-text.js';

/** Stage one (text and shape) and stage two (meaning) reasons, as `area/kebab-reason`. */
export type ProblemCode =
  | 'yaml/syntax'
  | 'yaml/duplicate-key'
  | 'yaml/tag'
  | 'yaml/limit'
  | 'yaml/forbidden-key'
  | 'schema/unknown-key'
  | 'schema/missing-key'
  | 'schema/wrong-type'
  | 'schema/bad-value'
  | 'schema/out-of-range'
  | 'scenario/unknown-member'
  | 'scenario/duplicate-id'
  | 'scenario/duplicate-candidate'
  | 'scenario/candidate-not-represented'
  | 'scenario/candidate-region'
  | 'scenario/nominator-suspended'
  | 'scenario/withdrawal-not-applied'
  | 'scenario/impossible-seats'
  | 'scenario/date-outside-session'
  | 'scenario/bad-committee'
  | 'scenario/unknown-item'
  | 'scenario/unknown-candidate'
  | 'scenario/scripted-exceeds-electorate'
  | 'scenario/secret-per-member'
  | 'scenario/scripted-both'
  | 'scenario/script-ambiguous'
  | 'scenario/script-unused'
  | 'scenario/script-does-not-fit'
  | 'scenario/no-papers'
  | 'scenario/session-does-not-end'
  | 'scenario/bloc-source'
  | 'scenario/unknown-bloc'
  | 'scenario/elections-board-candidate'
  | 'scenario/applicant-already-member'
  | 'scenario/not-yet-member'
  | 'scenario/membership'
  | 'scenario/applicant-region'
  | 'scenario/represented';

export type Severity = 'error' | 'warning';

/** A path into the scenario document, as zod reports it: keys and list indexes. */
export type DocPath = readonly (string | number)[];

/** A position in the file, both 1-based. */
export interface Position {
  readonly line: number;
  readonly col: number;
}

export interface ScenarioProblem extends Position {
  readonly code: ProblemCode;
  readonly severity: Severity;
  /** What is wrong, in one sentence. */
  readonly message: string;
  /** Where in the document, e.g. `session.days[0].items[2].kind`; empty for the whole file. */
  readonly path: string;
  /** How to fix it, when there is something more specific to say than the message. */
  readonly hint?: string;
}

/** Formats a path as `a.b[0].c`. */
export function formatPath(path: DocPath): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

/**
 * One greppable line: `file:line:col: message [code path] (hint: ...)`; warnings say so after
 * the position.
 */
export function formatProblem(file: string, problem: ScenarioProblem): string {
  const level = problem.severity === 'warning' ? 'warning: ' : '';
  const where = problem.path === '' ? problem.code : `${problem.code} ${problem.path}`;
  const hint = problem.hint === undefined ? '' : ` (hint: ${problem.hint})`;
  // one line whatever the keys and values it quotes (issue 18)
  return terminalField(`${file}:${problem.line}:${problem.col}: ${level}${problem.message} [${where}]${hint}`);
}

/** Problems in file order. */
export function sortByPosition<T extends { line: number; col: number }>(problems: readonly T[]): T[] {
  return [...problems].sort((a, b) => a.line - b.line || a.col - b.col);
}
