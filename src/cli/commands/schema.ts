import type { CommandModule } from '../command.js';
import { ExitCode, UserError } from '../errors.js';
import { scenarioJsonSchemaText } from '../../scenario/json-schema.js';

/** `gasim schema [--result]`: the JSON Schema of scenario files, or of `gasim run --json` results. */
export const run: CommandModule['run'] = async (argv, io) => {
  const extra = argv.find((a) => a !== '--result');
  if (extra !== undefined) throw new UserError(`schema takes only --result, got '${extra}'`, { hint: 'gasim schema > scenarios/scenario.schema.json, or gasim schema --result' });
  if (argv.includes('--result')) {
    const { resultJsonSchemaText } = await import('../../sim/result-json-schema.js');
    io.stdout.write(resultJsonSchemaText());
  } else io.stdout.write(scenarioJsonSchemaText());
  return ExitCode.ok;
};
