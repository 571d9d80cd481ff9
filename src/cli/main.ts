import { COMMANDS } from './commands/index.js';
import type { CommandIo } from './command.js';
import { ExitCode, UserError, type ExitCodeValue } from './errors.js';
import { VERSION } from './version.js';

function globalHelp(): string {
  const lines = COMMANDS.map((c) => `  gasim ${c.usage}\n      ${c.summary}`);
  return [
    'gasim — General Assembly session voting simulator (INTERPOL rules of procedure)',
    '',
    'Usage: gasim <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `gasim help <command>` for a command\'s options.',
    '',
    'Options:',
    '  -h, --help     show help (also: gasim help <command>)',
    '  -V, --version  print the version',
    '  --verbose      on an error, also print the stack trace (for bug reports)',
    '',
    'Exit codes: 0 ok · 1 check failed · 2 bad input or usage · 3 internal error',
    '            4 output file exists (use --force) · 5 needs a terminal · 130 interrupted',
  ].join('\n');
}

function commandHelp(name: string): string | undefined {
  const entry = COMMANDS.find((c) => c.name === name);
  return entry && `Usage: gasim ${entry.usage}\n\n${entry.summary}\n\n${entry.help}`.trimEnd();
}

/** Runs `gasim` with the given arguments; the single place that turns errors into messages. */
export async function main(argv: readonly string[], io: CommandIo): Promise<ExitCodeValue> {
  const verbose = argv.includes('--verbose');
  const args = argv.filter((a) => a !== '--verbose');
  const [first, ...rest] = args;
  try {
    if (first === undefined || first === '-h' || first === '--help') {
      io.stdout.write(globalHelp() + '\n');
      return first === undefined ? ExitCode.badInput : ExitCode.ok;
    }
    if (first === '-V' || first === '--version') {
      io.stdout.write(`${VERSION}\n`);
      return ExitCode.ok;
    }
    if (first === 'help') {
      const help = rest[0] === undefined ? globalHelp() : commandHelp(rest[0]);
      if (help === undefined) throw unknownCommand(rest[0] ?? '');
      io.stdout.write(help + '\n');
      return ExitCode.ok;
    }
    const entry = COMMANDS.find((c) => c.name === first);
    if (entry === undefined) throw unknownCommand(first);
    if (rest.includes('-h') || rest.includes('--help')) {
      io.stdout.write(commandHelp(entry.name) + '\n');
      return ExitCode.ok;
    }
    const module = await entry.load();
    return await module.run(rest, io).catch((error: unknown) => {
      throw usageError(error, entry.name, entry.usage);
    });
  } catch (error) {
    return report(error, io, verbose);
  }
}

/** A flag `node:util` parseArgs refused is a usage error (exit 2), not a bug. */
function usageError(error: unknown, name: string, usage: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return error;
  const message = (error as Error).message.split('.')[0]!.replace(/^Unknown option/, 'unknown option');
  return new UserError(`${message} for ${name}`, { hint: `gasim ${usage}; see gasim help ${name}` });
}

function unknownCommand(name: string): UserError {
  const names = COMMANDS.map((c) => c.name).join(', ');
  return new UserError(`unknown command '${name}'`, {
    hint: `the commands are: ${names}; see gasim --help`,
  });
}

function report(error: unknown, io: CommandIo, verbose: boolean): ExitCodeValue {
  // matched by name: importing the machine here would load it for `--help` too
  if (error instanceof Error && error.name === 'SessionDoesNotEndError') {
    return report(new UserError(error.message, { hint: (error as Error & { hint: string }).hint }), io, verbose);
  }
  if (error instanceof UserError) {
    io.stderr.write(`gasim: ${error.message}\n`);
    if (error.hint) io.stderr.write(`  fix: ${error.hint}\n`);
    if (verbose && error.stack) io.stderr.write(error.stack + '\n');
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`gasim: internal error: ${message}\n`);
  io.stderr.write('  this is a bug in gasim; please report it with the output of the same command run with --verbose\n');
  if (verbose && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n');
  return ExitCode.internal;
}
