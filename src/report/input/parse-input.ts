import type { z } from 'zod';
import { RunResultSchema, type RunResult } from '../../sim/run-result.js';
import { withoutControls } from '../html.js';
import { formatPath, locatePath, locateSyntaxError, type Location } from './locate-json.js';
import { SWEEP_FORMAT, SweepInputSchema, type SweepInput } from './sweep-input.js';

/** What a report is built from: the JSON of `gasim run --json` or of `gasim sweep --json`. */
export type ReportInput = { readonly kind: 'run'; readonly run: RunResult } | { readonly kind: 'sweep'; readonly sweep: SweepInput };

/** Why a text cannot be reported on: where, what, and how to fix it. */
export interface InputProblem extends Location {
  readonly message: string;
  readonly hint: string;
}

export type ParsedInput = { readonly ok: true; readonly value: ReportInput } | { readonly ok: false; readonly problem: InputProblem };

const MAKE_ONE = 'give the output of `gasim run <scenario> --json` or `gasim sweep <scenario> --runs N --json`';
const RUN_FORMAT = 'gasim/result@1';

/**
 * Parses a report input and tells which kind it is (pure). Strings lose their control characters
 * here, once, so that no later step (HTML or SVG) sees them.
 */
export function parseReportInput(text: string): ParsedInput {
  const refuse = (at: Location, message: string, hint = MAKE_ONE): ParsedInput => ({ ok: false, problem: { ...at, message, hint } });
  if (text.trim() === '') return refuse({ line: 1, col: 1 }, 'is empty');
  let json: unknown;
  try {
    json = JSON.parse(text, (_key, value: unknown) => (typeof value === 'string' ? withoutControls(value) : value));
  } catch (error) {
    if (/^\s*format:\s*gasim\/scenario/.test(text)) {
      return refuse({ line: 1, col: 1 }, 'is a scenario, not the result of a run or a sweep', 'run it first: gasim run <scenario> --json > run.json, then gasim report run.json --out report.html');
    }
    if (/^section,item,seat,key/.test(text)) return refuse({ line: 1, col: 1 }, 'is the CSV of a sweep; the report reads its JSON', 'use gasim sweep <scenario> --runs N --json');
    return refuse(locateSyntaxError(text, error as SyntaxError), `is not valid JSON (${(error as Error).message})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return refuse({ line: 1, col: 1 }, 'is JSON but not an object');
  const format = (json as { format?: unknown }).format;
  if (format === RUN_FORMAT) return check(text, json, RunResultSchema, (run) => ({ kind: 'run', run }));
  if (format === SWEEP_FORMAT) return check(text, json, SweepInputSchema, (sweep) => ({ kind: 'sweep', sweep }));
  if (format === undefined && 'seats' in json && 'runs' in json) {
    return refuse({ line: 1, col: 1 }, `is a sweep summary from an older gasim (without \`format: ${SWEEP_FORMAT}\`)`, 'make it again with gasim sweep <scenario> --runs N --json');
  }
  if (typeof format === 'string') {
    return refuse(locatePath(text, ['format']), `has format '${format}', which gasim report does not read (it reads ${RUN_FORMAT} and ${SWEEP_FORMAT})`);
  }
  return refuse({ line: 1, col: 1 }, `is neither a run result (format ${RUN_FORMAT}) nor a sweep summary (format ${SWEEP_FORMAT})`);
}

function check<S extends z.ZodType>(text: string, json: unknown, schema: S, wrap: (value: z.output<S>) => ReportInput): ParsedInput {
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: wrap(parsed.data) };
  const issue = parsed.error.issues[0]!;
  const where = formatPath(issue.path);
  return {
    ok: false,
    problem: {
      ...locatePath(text, issue.path),
      message: `${where === '' ? '' : `at ${where}: `}${issue.message}`,
      hint: 'the file was changed or comes from another version of gasim; make it again with the same command',
    },
  };
}
