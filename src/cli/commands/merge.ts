import { resolve } from 'node:path';
import { PartialSchema, type SweepPartial } from '../../sim/sweep/shard/partial-schema.js';
import { MergeError, mergePartials } from '../../sim/sweep/shard/shard.js';
import type { CommandIo, CommandModule } from '../command.js';
import { ExitCode, UserError } from '../errors.js';
import { readInputFile } from '../read-input-file.js';
import { VERSION } from '../version.js';
import { formatSweep, outputWidth } from './sweep-output.js';
import { parseCommandLine } from '../command-spec.js';
import { MERGE } from './specs.js';

const MAX_PARTIAL_BYTES = 64 * 1024 * 1024;

/**
 * Reads one partial file, refusing anything but a well-formed partial (a regular file within the
 * size cap, then JSON, then shape); a FIFO or a device is refused before it is opened (issue 18).
 */
function readPartial(io: CommandIo, name: string): SweepPartial {
  const hint = 'give the files written by gasim sweep … --shard i/n';
  let text: string;
  try {
    text = readInputFile(resolve(io.cwd, name), name, { maxBytes: MAX_PARTIAL_BYTES, what: 'the partial' }).toString('utf8');
  } catch (error) {
    if (error instanceof UserError) throw new UserError(error.message, { hint: `${error.hint ?? 'check the path'}; ${hint}` });
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${name}:1:1: not JSON (${(error as Error).message})`, { hint: 'a partial is the one line of JSON that gasim sweep … --shard i/n prints; was the file cut short?' });
  }
  const parsed = PartialSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.map(String).join('.') || 'the file';
    throw new UserError(`${name}: not a gasim sweep partial: ${where}: ${issue.message}`, { hint: 'give the files written by gasim sweep … --shard i/n, unchanged' });
  }
  return parsed.data;
}

/** `gasim merge PARTIAL... [--json|--csv]`: the summary one machine would have printed. */
export const run: CommandModule['run'] = async (argv, io) => {
  const { values, positionals } = parseCommandLine(MERGE, argv);
  if (values.json && values.csv) throw new UserError('--json and --csv cannot be combined', { hint: 'choose one output format' });
  if (positionals.length === 0) throw new UserError('merge needs the partial files of every shard', { hint: 'gasim merge part-*.json' });
  const partials = [];
  for (const name of positionals) partials.push({ name, partial: readPartial(io, name) });
  let merged;
  try {
    merged = mergePartials(partials, VERSION);
  } catch (error) {
    if (error instanceof MergeError) throw new UserError(error.message, { hint: error.hint });
    throw error;
  }
  io.stdout.write(formatSweep(merged, values.json ? 'json' : values.csv ? 'csv' : 'text', outputWidth(io.stdout.columns)));
  return ExitCode.ok;
};
