import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import type { CommandModule } from '../command.js';
import { ExitCode, UserError } from '../errors.js';
import { osError, writeOutputFile } from '../write-output.js';
import { loadRuleSetText } from '../load-rule-set-file.js';
import { readScenarioFile } from '../read-scenario-file.js';
import { AXIOM_NAMES, checkRules, type AxiomReport } from '../../testing/check-rules.js';

interface Flags {
  readonly file: string;
  readonly runs: number;
  readonly seed: number;
  readonly axiom?: string;
  readonly out: string;
  readonly force: boolean;
}

const USAGE = 'gasim check <scenario-or-rules-file> [--runs N] [--seed S] [--axiom NAME] [--out DIR] [--force]';

function parseFlags(argv: readonly string[]): Flags {
  const files: string[] = [];
  const flags: { runs: number; seed: number; axiom?: string; out: string; force: boolean } = { runs: 200, seed: 1, out: 'counterexamples', force: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UserError(`${arg} needs a value`, { hint: USAGE });
      return v;
    };
    const integer = (v: string, min: number) => {
      if (!/^\d+$/.test(v) || Number(v) < min) throw new UserError(`${arg} must be a whole number of at least ${min}, got '${v}'`, { hint: USAGE });
      return Number(v);
    };
    if (arg === '--runs') flags.runs = integer(value(), 1);
    else if (arg === '--seed') flags.seed = integer(value(), 0);
    else if (arg === '--out') flags.out = value();
    else if (arg === '--force') flags.force = true;
    else if (arg === '--axiom') {
      const name = value();
      if (!AXIOM_NAMES.includes(name)) throw new UserError(`no axiom '${name}'`, { hint: `the axioms are: ${AXIOM_NAMES.join(', ')}` });
      flags.axiom = name;
    } else if (arg.startsWith('-')) throw new UserError(`unknown option '${arg}' for check`, { hint: USAGE });
    else files.push(arg);
  }
  if (files.length !== 1) throw new UserError('check needs exactly one scenario or rules file', { hint: USAGE });
  return { file: files[0]!, ...flags };
}

/** `gasim check`: runs the axioms against a rule set; exit 0 all hold, 1 some broken, 2 bad input, 4 refused overwrite. */
export const run: CommandModule['run'] = async (argv, io) => {
  const flags = parseFlags(argv);
  const read = await readScenarioFile(resolve(io.cwd, flags.file));
  if (!read.ok) throw new UserError(`${flags.file} ${read.failure.message}`, { hint: read.failure.hint });
  const loaded = loadRuleSetText(read.text, flags.file);
  if (!loaded.ok) {
    for (const line of loaded.lines) io.stderr.write(line + '\n');
    return ExitCode.badInput;
  }
  const reports = checkRules(loaded.rules, { runs: flags.runs, seed: flags.seed, ...(flags.axiom ? { only: [flags.axiom] } : {}) });
  const broken = reports.filter((r) => !r.held);
  const dir = resolve(io.cwd, flags.out);
  const paths = broken.map((r) => join(dir, `${loaded.id}-${r.axiom}.yaml`));
  const existing = paths.filter((p) => existsSync(p));
  if (existing.length > 0 && !flags.force) {
    io.stdout.write(formatTable(loaded.rules.name, reports));
    throw new UserError(`${relative(io.cwd, existing[0]!)} exists; counterexamples are not overwritten`, { exitCode: ExitCode.refusedOverwrite, hint: 'pass --force, or --out DIR for another directory' });
  }
  if (broken.length > 0) await mkdir(dir, { recursive: true }).catch((error: unknown) => { throw osError(error, flags.out, 'create the directory'); });
  for (const [i, r] of broken.entries()) await writeOutputFile(paths[i]!, relative(io.cwd, paths[i]!), stringify(r.counterexample, { lineWidth: 120 }), { force: flags.force, what: 'a counterexample' });
  io.stdout.write(formatTable(loaded.rules.name, reports));
  broken.forEach((r, i) => io.stdout.write(formatBroken(r, relative(io.cwd, paths[i]!), flags)));
  return broken.length === 0 ? ExitCode.ok : ExitCode.checkFailed;
};

function formatTable(name: string, reports: readonly AxiomReport[]): string {
  const width = Math.max(5, ...reports.map((r) => r.axiom.length));
  const row = (a: string, b: string, c: string, d: string) => `${a.padEnd(width)}  ${b.padEnd(6)}  ${c.padStart(5)}  ${d.padStart(9)}\n`;
  const held = reports.filter((r) => r.held).length;
  return (
    `rules: ${name}\n` +
    row('axiom', 'result', 'runs', 'time (ms)') +
    reports.map((r) => row(r.axiom, r.held ? 'held' : 'broken', String(r.runs), String(r.ms))).join('') +
    `${held} of ${reports.length} axioms hold\n`
  );
}

function formatBroken(r: AxiomReport, path: string, flags: Flags): string {
  return [
    '',
    `${r.axiom}: broken (${r.description})`,
    ...(r.error ? [`  error: ${r.error}`] : []),
    `  counterexample: ${path}`,
    `  replay: gasim run ${path}`,
    `  reproduce: gasim check ${flags.file} --axiom ${r.axiom} --seed ${r.seed} --runs ${flags.runs} (fast-check seed ${r.seed}, path "${r.path ?? ''}")`,
    '',
  ].join('\n');
}
