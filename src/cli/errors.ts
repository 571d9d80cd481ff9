/** Exit codes of the `gasim` command (documented in the README). */
export const ExitCode = {
  ok: 0,
  /** `gasim check` found a broken axiom; `gasim drill`/`train` never use it. */
  checkFailed: 1,
  /** `gasim verify`: a recount differs, the hash chain is broken, or an event contradicts the scenario. */
  notVerified: 1,
  /** Bad input or usage: a scenario, journal or flag that cannot be used. */
  badInput: 2,
  /** A bug in gasim itself; the message asks for a report (add --verbose for the stack). */
  internal: 3,
  /** An output file exists and --force was not given. */
  refusedOverwrite: 4,
  /** The command needs an interactive terminal. */
  needsTerminal: 5,
  /** Interrupted by the user (Ctrl-C). */
  interrupted: 130,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * An error meant for the user: says what is wrong, where, and how to fix it. The CLI shell alone
 * prints it (principle 10); anything else that reaches the shell is reported as a bug.
 */
export class UserError extends Error {
  readonly exitCode: ExitCodeValue;
  readonly hint: string | undefined;

  constructor(message: string, options: { exitCode?: ExitCodeValue; hint?: string } = {}) {
    super(message);
    this.name = 'UserError';
    this.exitCode = options.exitCode ?? ExitCode.badInput;
    this.hint = options.hint;
  }
}
