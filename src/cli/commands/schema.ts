import type { CommandModule } from '../command.js';
import { parseCommandLine } from '../command-spec.js';
import { ExitCode } from '../errors.js';
import { SCHEMA } from './specs.js';
import { scenarioJsonSchemaText } from '../../scenario/json-schema.js';

/** `gasim schema [--result]`: the JSON Schema of scenario files, or of `gasim run --json` results. */
export const run: CommandModule['run'] = async (argv, io) => {
  if (parseCommandLine(SCHEMA, argv).values.result) {
    const { resultJsonSchemaText } = await import('../../sim/result-json-schema.js');
    io.stdout.write(resultJsonSchemaText());
  } else io.stdout.write(scenarioJsonSchemaText());
  return ExitCode.ok;
};
