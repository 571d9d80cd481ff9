import { outputPath } from '../write-output.js';
import { parseArgs } from 'node:util';
import { UserError } from '../errors.js';

export interface ResumeOptions {
  readonly journal: string;
  readonly scenario?: string;
  readonly journalOut?: string;
  readonly force: boolean;
  readonly json: boolean;
}

const USAGE = 'gasim resume <journal> [--scenario FILE] [--journal-out FILE] [--force] [--json]';

/** Flags of `gasim resume`. */
export function parseResumeArgs(argv: readonly string[]): ResumeOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { scenario: { type: 'string' }, 'journal-out': { type: 'string' }, force: { type: 'boolean' }, json: { type: 'boolean' } },
    });
  } catch (error) {
    throw new UserError(`${(error as Error).message.split('\n')[0]} (resume)`, { hint: USAGE });
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UserError('resume needs exactly one journal file', { hint: USAGE });
  return {
    journal: positionals[0]!,
    force: Boolean(values.force),
    json: Boolean(values.json),
    ...(values.scenario !== undefined ? { scenario: values.scenario } : {}),
    ...(values['journal-out'] !== undefined ? { journalOut: outputPath('--journal-out', values['journal-out'])! } : {}),
  };
}
