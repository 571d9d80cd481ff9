import { sessionDiagram } from '../../machine/diagram.js';
import type { CommandModule } from '../command.js';
import { parseCommandLine } from '../command-spec.js';
import { ExitCode } from '../errors.js';
import { DIAGRAM } from './specs.js';

/** `gasim diagram`: the session statechart as a Mermaid state diagram. */
export const run: CommandModule['run'] = async (argv, io) => {
  parseCommandLine(DIAGRAM, argv);
  io.stdout.write(sessionDiagram());
  return ExitCode.ok;
};
