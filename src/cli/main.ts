import { closest } from '../scenario/closest.js';
import { helpOf, usageOf } from './command-spec.js';
import { COMMANDS } from './commands/index.js';
import type { CommandIo } from './command.js';
import { ExitCode, UserError, type ExitCodeValue } from './errors.js';
import { VERSION } from './version.js';
import { safeStream } from './safe-stream.js';

function globalHelp(): string {
  const lines = COMMANDS.map(({ spec }) => `  gasim ${usageOf(spec)}\n      ${spec.summary}`);
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
    'Exit codes: 0 ok · 1 check failed · 2 bad input, usage or an OS error on a file · 3 internal error',
    '            4 output file exists (use --force) · 5 needs a terminal · 130 interrupted',
  ].join('\n');
}

function commandHelp(name: string): string | undefined {
  const spec = COMMANDS.find((c) => c.spec.name === name)?.spec;
  return spec && `Usage: gasim ${usageOf(spec)}\n\n${spec.summary}\n\n${helpOf(spec)}`.trimEnd();
}

/** Runs `gasim` with the given arguments; the single place that turns errors into messages. */
export async function main(argv: readonly string[], rawIo: CommandIo): Promise<ExitCodeValue> {
  // every byte a command prints goes through the terminal neutraliser (issue 18); ink alone gets the raw stream
  const io: CommandIo = { ...rawIo, stdout: safeStream(rawIo.stdout), stderr: safeStream(rawIo.stderr) };
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
    const entry = COMMANDS.find((c) => c.spec.name === first);
    if (entry === undefined) throw unknownCommand(first);
    if (rest.includes('-h') || rest.includes('--help')) {
      io.stdout.write(commandHelp(entry.spec.name) + '\n');
      return ExitCode.ok;
    }
    const module = await entry.load();
    return await module.run(rest, io).catch((error: unknown) => {
      throw usageError(error, entry.spec.name, usageOf(entry.spec));
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
  const names = COMMANDS.map((c) => c.spec.name);
  const guess = closest(name, names);
  return new UserError(`unknown command '${name}'${guess ? `; did you mean '${guess}'?` : ''}`, {
    hint: `the commands are: ${names.join(', ')}; see gasim --help`,
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
