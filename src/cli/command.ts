import type { CommandSpec } from './command-spec.js';
import type { ExitCodeValue } from './errors.js';

type Stream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };

/** What a command may touch: the shell hands it these instead of `process`. */
export interface CommandIo {
  readonly stdout: Stream;
  readonly stderr: Stream;
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** A command module: parses its own flags and calls services that know nothing of flags. */
export interface CommandModule {
  readonly run: (argv: readonly string[], io: CommandIo) => Promise<ExitCodeValue>;
}

/** A sub-command of `gasim`: its spec (usage, help, options) and its code, loaded only when it runs. */
export interface CommandEntry {
  readonly spec: CommandSpec;
  readonly load: () => Promise<CommandModule>;
}
