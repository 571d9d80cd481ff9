import { sessionDiagram } from '../../machine/diagram.js';
import type { CommandModule } from '../command.js';
import { ExitCode, UserError } from '../errors.js';

/** `gasim diagram`: the session statechart as a Mermaid state diagram. */
export const run: CommandModule['run'] = async (argv, io) => {
  if (argv.length > 0) throw new UserError(`diagram takes no arguments (got '${argv[0]}')`, { hint: 'gasim diagram > session.mmd' });
  io.stdout.write(sessionDiagram());
  return ExitCode.ok;
};
