import { UserError } from '../errors.js';

export interface ResumeOptions {
  readonly journal: string;
  readonly scenario?: string;
  readonly journalOut?: string;
  readonly force: boolean;
}

const USAGE = 'gasim resume <journal> [--scenario FILE] [--journal-out FILE] [--force]';

/** Flags of `gasim resume`. */
export function parseResumeArgs(argv: readonly string[]): ResumeOptions {
  const positional: string[] = [];
  const values: Record<string, string> = {};
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--force') force = true;
    else if (arg === '--scenario' || arg === '--journal-out') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('-')) throw new UserError(`${arg} needs a file name`, { hint: USAGE });
      values[arg] = value;
    } else if (arg.startsWith('-')) throw new UserError(`unknown option '${arg}' for resume`, { hint: USAGE });
    else positional.push(arg);
  }
  if (positional.length !== 1) throw new UserError('resume needs exactly one journal file', { hint: USAGE });
  return {
    journal: positional[0]!,
    force,
    ...(values['--scenario'] !== undefined ? { scenario: values['--scenario'] } : {}),
    ...(values['--journal-out'] !== undefined ? { journalOut: values['--journal-out'] } : {}),
  };
}
