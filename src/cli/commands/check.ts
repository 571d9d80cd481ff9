import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import { closest } from '../../scenario/closest.js';
import type { CommandModule } from '../command.js';
import { parseCommandLine, usageOf } from '../command-spec.js';
import { ExitCode, UserError } from '../errors.js';
import { loadRuleSetText } from '../load-rule-set-file.js';
import { readScenarioFile } from '../read-scenario-file.js';
import { AXIOM_NAMES, checkRules, type AxiomReport } from '../../testing/check-rules.js';
import { CHECK } from './specs.js';

interface Flags {
  readonly file: string;
  readonly runs: number;
  readonly seed: number;
  readonly axiom?: string;
  readonly replay?: { readonly seed: number; readonly path: string };
  readonly out: string;
  readonly force: boolean;
}

const USAGE = `gasim ${usageOf(CHECK)}`;

function integer(name: string, v: string | undefined, fallback: number, min: number, max: number): number {
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) throw new UserError(`--${name} must be a whole number from ${min} to ${max}, got '${v}'`, { hint: USAGE });
  return Number(v);
}

/** `--replay SEED:PATH`, as printed by a broken axiom: fast-check's seed and the path of the failing case. */
function parseReplay(v: string | undefined, axiom: string | undefined): Flags['replay'] {
  if (v === undefined) return undefined;
  const match = /^(-?\d+):(\d+(?::\d+)*)$/.exec(v);
  if (!match) throw new UserError(`--replay must be SEED:PATH, e.g. 42:0:1:3, got '${v}'`, { hint: 'copy it from the "reproduce" line of a broken axiom' });
  if (axiom === undefined) throw new UserError('--replay needs --axiom NAME: a path belongs to one axiom', { hint: `gasim check FILE --axiom NAME --replay ${v}` });
  return { seed: Number(match[1]), path: match[2]! };
}

function parseFlags(argv: readonly string[]): Flags {
  const { values, positionals } = parseCommandLine(CHECK, argv);
  if (positionals.length !== 1) throw new UserError('check needs exactly one scenario or rules file', { hint: USAGE });
  const axiom = values.axiom;
  if (axiom !== undefined && !AXIOM_NAMES.includes(axiom)) {
    const guess = closest(axiom, AXIOM_NAMES);
    throw new UserError(`no axiom '${axiom}'${guess ? `; did you mean '${guess}'?` : ''}`, { hint: `the axioms are: ${AXIOM_NAMES.join(', ')}` });
  }
  const replay = parseReplay(values.replay, axiom);
  return {
    file: positionals[0]!,
    runs: integer('runs', values.runs, 200, 1, 1_000_000),
    seed: integer('seed', values.seed, 1, 0, 2 ** 32 - 1),
    ...(axiom !== undefined ? { axiom } : {}),
    ...(replay !== undefined ? { replay } : {}),
    out: values.out ?? 'counterexamples',
    force: values.force === true,
  };
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
  const reports = checkRules(loaded.rules, {
    runs: flags.runs,
    seed: flags.replay?.seed ?? flags.seed,
    ...(flags.replay ? { path: flags.replay.path } : {}),
    ...(flags.axiom ? { only: [flags.axiom] } : {}),
  });
  const broken = reports.filter((r) => !r.held);
  const dir = resolve(io.cwd, flags.out);
  const files = broken.map((r) => ({ path: join(dir, `${loaded.id}-${r.axiom}.yaml`), text: stringify(r.counterexample, { lineWidth: 120 }) }));
  // a rerun that finds the same counterexample again is not a conflict: the exit code stays 1
  const differing = files.filter((f) => existsSync(f.path) && readFileSync(f.path, 'utf8') !== f.text);
  io.stdout.write(formatTable(loaded.rules.name, reports));
  broken.forEach((r, i) => io.stdout.write(formatBroken(r, relative(io.cwd, files[i]!.path), flags)));
  if (differing.length > 0 && !flags.force) {
    throw new UserError(`${relative(io.cwd, differing[0]!.path)} exists with another counterexample; it is kept (the axiom is broken: see above)`, { exitCode: ExitCode.refusedOverwrite, hint: 'pass --force to replace it, or --out DIR for another directory' });
  }
  if (broken.length > 0) await mkdir(dir, { recursive: true });
  for (const f of files) await writeFile(f.path, f.text);
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
    `  reproduce: gasim check ${flags.file} --axiom ${r.axiom} --seed ${r.seed} --runs ${flags.runs}`,
    ...(r.path ? [`  replay the shrunk case only: gasim check ${flags.file} --axiom ${r.axiom} --replay ${r.seed}:${r.path}`] : []),
    '',
  ].join('\n');
}
