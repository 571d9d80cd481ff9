import { parseArgs } from 'node:util';
import { closest } from '../scenario/closest.js';
import { UserError } from './errors.js';

/** One option of a command: the parser reads it and the help prints it, from this one place. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** The value's placeholder in the usage and help, e.g. `N` or `FILE` (string options). */
  readonly value?: string;
  readonly multiple?: boolean;
  /** Shown in the usage line without brackets (the command refuses to run without it). */
  readonly required?: boolean;
  /** The help text; further lines are indented under the first. */
  readonly help: string;
}

/** A command of `gasim`: its usage line, its help and its parser are all generated from this. */
export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  /** The positional arguments as the usage shows them, e.g. `[scenario]` or `<file>...`. */
  readonly args: { readonly usage: string; readonly max: number };
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Paragraphs before the options. */
  readonly intro?: readonly string[];
  /** Paragraphs after the options. */
  readonly outro?: readonly string[];
}

type ValueOf<O extends OptionSpec> = O['type'] extends 'boolean' ? boolean : O['multiple'] extends true ? string[] : string;

/** The parsed command line, typed by the spec's options. */
export interface ParsedCommandLine<S extends CommandSpec> {
  readonly values: { -readonly [K in keyof S['options']]?: ValueOf<S['options'][K]> };
  readonly positionals: string[];
}

function optionUsage(name: string, o: OptionSpec): string {
  const text = `--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`;
  return `${o.required ? text : `[${text}]`}${o.multiple ? '...' : ''}`;
}

/** The usage line without `gasim `: the positionals, then every option in the order of the spec. */
export function usageOf(spec: CommandSpec): string {
  const options = Object.entries(spec.options).map(([name, o]) => optionUsage(name, o));
  return [spec.name, spec.args.usage, ...options].filter((part) => part !== '').join(' ');
}

/** The text of `gasim help <command>` after the usage and summary: intro, options, outro. */
export function helpOf(spec: CommandSpec): string {
  const entries = Object.entries(spec.options).map(([name, o]) => ({ label: `--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`, help: o.help }));
  const width = Math.max(0, ...entries.map((e) => e.label.length)) + 2;
  const options = entries.map((e) => {
    const [first, ...rest] = e.help.split('\n');
    return [`  ${e.label.padEnd(width)}${first}`, ...rest.map((line) => `  ${' '.repeat(width)}${line}`)].join('\n');
  });
  const blocks = [...(spec.intro ?? []), ...(options.length > 0 ? [['Options:', ...options].join('\n')] : []), ...(spec.outro ?? [])];
  return blocks.join('\n\n');
}

/** A `UserError` for a bad command line, with the usage as the fix. */
function usageError(spec: CommandSpec, message: string, fix?: string): UserError {
  return new UserError(message, { hint: `${fix ? `${fix}; ` : ''}gasim ${usageOf(spec)} (see gasim help ${spec.name})` });
}

const NEGATIVE_NUMBER = /^-\d/;

/**
 * Reads a command line by its spec. A mistyped option gets a "did you mean"; a negative number
 * after an option that takes a value is that option's value (`--runs -5`), so the command can say
 * which range is allowed instead of the parser calling the argument ambiguous.
 */
export function parseCommandLine<S extends CommandSpec>(spec: S, argv: readonly string[]): ParsedCommandLine<S> {
  const names = Object.keys(spec.options);
  const args: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') {
      args.push(...argv.slice(i));
      break;
    }
    if (arg.startsWith('-') && !NEGATIVE_NUMBER.test(arg) && arg !== '-') {
      const name = arg.replace(/^--?/, '').split('=')[0]!;
      const option = spec.options[name];
      if (option === undefined || !arg.startsWith('--')) {
        const guess = closest(name, names);
        throw usageError(spec, `unknown option '${arg.split('=')[0]}' for ${spec.name}${guess ? `; did you mean --${guess}?` : ''}`, names.length === 0 ? `${spec.name} takes no options` : undefined);
      }
      if (option.type === 'string' && !arg.includes('=')) {
        const value = argv[i + 1];
        if (value === undefined || (value.startsWith('-') && !NEGATIVE_NUMBER.test(value))) {
          throw usageError(spec, `--${name} needs a value (${option.value ?? 'VALUE'})`);
        }
        args.push(`--${name}=${value}`);
        i += 1;
        continue;
      }
      if (option.type === 'boolean' && arg.includes('=')) throw usageError(spec, `--${name} takes no value`);
    }
    args.push(arg);
  }
  const options = Object.fromEntries(Object.entries(spec.options).map(([name, o]) => [name, { type: o.type, ...(o.multiple ? { multiple: true } : {}) }]));
  const parsed = parseArgs({ args, options, strict: true, allowPositionals: true });
  if (parsed.positionals.length > spec.args.max) {
    const extra = parsed.positionals.slice(spec.args.max).map((p) => `'${p}'`).join(', ');
    throw usageError(spec, spec.args.max === 0 ? `${spec.name} takes no arguments (got ${extra})` : `too many arguments for ${spec.name}: ${extra}`);
  }
  return parsed as unknown as ParsedCommandLine<S>;
}
