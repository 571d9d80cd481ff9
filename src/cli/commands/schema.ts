import type { CommandModule } from '../command.js';
import { ExitCode, UserError } from '../errors.js';
import { scenarioJsonSchemaText } from '../../scenario/json-schema.js';

/** `gasim schema`: prints the JSON Schema of scenario files. */
export const run: CommandModule['run'] = async (argv, io) => {
  if (argv.length > 0) throw new UserError(`schema takes no arguments, got '${argv[0]}'`, { hint: 'gasim schema > scenarios/scenario.schema.json' });
  io.stdout.write(scenarioJsonSchemaText());
  return ExitCode.ok;
};
