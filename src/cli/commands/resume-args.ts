import { parseCommandLine, usageOf } from '../command-spec.js';
import { outputPath } from '../write-output.js';
import { UserError } from '../errors.js';
import { RESUME } from './specs.js';

export interface ResumeOptions {
  readonly journal: string;
  readonly scenario?: string;
  readonly journalOut?: string;
  readonly force: boolean;
  readonly json: boolean;
  /** `--csv DIR`: also write the whole session's tables there, as `gasim run --csv` does. */
  readonly csv?: string;
}

const USAGE = `gasim ${usageOf(RESUME)}`;

/** Flags of `gasim resume`. */
export function parseResumeArgs(argv: readonly string[]): ResumeOptions {
  const { values, positionals } = parseCommandLine(RESUME, argv);
  if (positionals.length !== 1) throw new UserError('resume needs exactly one journal file', { hint: USAGE });
  return {
    journal: positionals[0]!,
    force: Boolean(values.force),
    json: Boolean(values.json),
    ...(values.scenario !== undefined ? { scenario: values.scenario } : {}),
    ...(values.csv !== undefined ? { csv: values.csv } : {}),
    ...(values['journal-out'] !== undefined ? { journalOut: outputPath('--journal-out', values['journal-out'])! } : {}),
  };
}
