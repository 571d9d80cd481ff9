import type { CommandEntry } from '../command.js';

/**
 * Every command of `gasim`. Commands are loaded lazily so that `--help` and `validate` start
 * without loading the terminal UI or the machine.
 */
export const COMMANDS: readonly CommandEntry[] = [];
