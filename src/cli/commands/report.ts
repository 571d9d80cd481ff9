import { existsSync } from 'node:fs';
import { open, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildReport, parseReportInput } from '../../report/index.js';
import type { CommandIo, CommandModule } from '../command.js';
import { ExitCode, UserError } from '../errors.js';
import { VERSION } from '../version.js';
import { parseCommandLine } from '../command-spec.js';
import { REPORT } from './specs.js';

/** A run's JSON is tens of kilobytes and a sweep's less; anything past this is not one. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** `gasim report <run.json|sweep.json> --out FILE [--force]`: the HTML report of a run or a sweep. */
export const run: CommandModule['run'] = async (argv, io) => {
  const { values, positionals } = parseCommandLine(REPORT, argv);
  const [file, extra] = positionals;
  if (file === undefined) throw new UserError('report needs the JSON of a run or a sweep', { hint: 'gasim run scenarios/marrakech-2025.yaml --json > run.json; gasim report run.json --out report.html' });
  if (extra !== undefined) throw new UserError(`report takes one input file, got also '${extra}'`, { hint: 'gasim report <run.json|sweep.json> --out report.html' });
  if (values.out === undefined || values.out === '') throw new UserError('report needs --out FILE, the HTML file to write', { hint: `gasim report ${file} --out report.html` });
  const out = resolve(io.cwd, values.out);
  const force = Boolean(values.force);
  if (!force && existsSync(out)) throw exists(values.out);
  const text = await readInput(file, io);
  const parsed = parseReportInput(text);
  if (!parsed.ok) {
    const { line, col, message, hint } = parsed.problem;
    throw new UserError(`${file}:${line}:${col}: ${message}`, { hint });
  }
  const report = await buildReport(parsed.value, { generator: `gasim ${VERSION}` });
  for (const warning of report.warnings) io.stderr.write(`gasim: warning: chart ${warning}\n`);
  await writeOut(out, values.out, report.html, force);
  io.stderr.write(`Report written to ${values.out} (${parsed.value.kind}, ${report.charts} charts)\n`);
  return ExitCode.ok;
};

function exists(name: string): UserError {
  return new UserError(`${name} exists; not overwriting it`, { exitCode: ExitCode.refusedOverwrite, hint: 'add --force to replace it, or choose another --out file' });
}

async function readInput(file: string, io: CommandIo): Promise<string> {
  const refuse = (message: string, hint: string) => new UserError(`${file}:1:1: ${message}`, { hint });
  const path = resolve(io.cwd, file);
  try {
    const info = await stat(path);
    if (!info.isFile()) throw refuse('is not a file', 'give the JSON file written by gasim run --json or gasim sweep --json');
    if (info.size > MAX_INPUT_BYTES) throw refuse(`is ${info.size} bytes; a run or sweep result is far smaller (limit ${MAX_INPUT_BYTES})`, 'check that this is the right file');
    const handle = await open(path, 'r');
    try {
      const bytes = await handle.readFile();
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw refuse('no such file', 'make one with gasim run <scenario> --json > run.json');
    if (code === 'EACCES' || code === 'EPERM') throw refuse('cannot be read (permission denied)', 'check the file permissions');
    if (error instanceof TypeError) throw refuse('is not UTF-8 text', 'give the JSON file written by gasim run --json or gasim sweep --json');
    throw refuse(`cannot be read (${code ?? 'unknown error'})`, 'check the path and permissions');
  }
}

async function writeOut(path: string, name: string, text: string, force: boolean): Promise<void> {
  try {
    // 'wx' also refuses a file created while the report was being built
    await writeFile(path, text, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw exists(name);
    throw new UserError(`cannot write ${name} (${code ?? 'error'})`, { hint: 'check that the directory exists and is writable' });
  }
}
