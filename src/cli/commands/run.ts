import { prepareScenario, runSession } from '../../sim/run-session.js';
import { renderMinutes } from '../../sim/minutes.js';
import { toRunResult } from '../../sim/run-result.js';
import { runToCsv } from '../../sim/run-csv.js';
import { checkCsvDir, writeCsvDir } from './csv-dir.js';
import type { CommandModule } from '../command.js';
import { ExitCode, UserError } from '../errors.js';
import { loadScenarioFile, parseSeed } from '../load-scenario-file.js';
import { resolve } from 'node:path';
import { chainedLines, journalHeader } from '../../journal/journal.js';
import { createJournalFile } from '../journal-file.js';
import { lockJournal } from '../journal-lock.js';
import { outputPath } from '../write-output.js';
import { VERSION } from '../version.js';
import type { SessionEvent } from '../../machine/events.js';
import { parseCommandLine } from '../command-spec.js';
import { RUN } from './specs.js';

/**
 * Test hook, not for normal use: GASIM_SLOW_EVENTS_MS=N sleeps N ms after each journalled event, so
 * that test/cli/kill-resume.test.ts can kill a run at points spread over the whole session.
 */
function testPause(value: string | undefined): () => void {
  const ms = Number(value);
  if (value === undefined || !Number.isFinite(ms) || ms <= 0) return () => {};
  const cell = new Int32Array(new SharedArrayBuffer(4));
  return () => void Atomics.wait(cell, 0, 0, Math.min(ms, 1000));
}

/** `gasim run <scenario> [--seed N] [--json] [--journal FILE] [--csv DIR] [--force]`: one whole session, headless. */
export const run: CommandModule['run'] = async (argv, io) => {
  const { values, positionals } = parseCommandLine(RUN, argv);
  // refuse an occupied directory before the run, so that no work is lost
  if (values.csv !== undefined) checkCsvDir(io, values.csv, Boolean(values.force));
  outputPath('--journal', values.journal);
  const file = positionals[0] ?? 'scenarios/marrakech-2025.yaml';
  const loaded = await loadScenarioFile(file, io);
  const scenario = loaded.checked.scenario;
  const seed = parseSeed(values.seed, scenario.seed);
  // the journal is appended event by event, each line flushed, so a killed run can be resumed
  const header = journalHeader({ version: VERSION, scenarioId: scenario.id, scenarioFile: file, scenarioText: loaded.text, seed });
  // locked for the whole run: a second process writing the same journal is refused (issue 18)
  const lock = values.journal ? lockJournal(resolve(io.cwd, values.journal), values.journal, io, 'wait for the other run to end, or choose another --journal file') : null;
  let journal;
  try {
    journal = values.journal ? createJournalFile(resolve(io.cwd, values.journal), header, { force: Boolean(values.force) }) : null;
  } catch (error) {
    lock?.release();
    throw error;
  }
  const lineOf = chainedLines({ line: header });
  let result;
  try {
    const pause = testPause(io.env.GASIM_SLOW_EVENTS_MS);
    const onEvent = (seq: number, event: SessionEvent) => {
      journal!.append(lineOf(seq, event));
      pause();
    };
    result = runSession(prepareScenario(scenario), seed, journal ? { onEvent } : {});
  } finally {
    journal?.close();
    lock?.release();
  }
  const ctx = result.snapshot.context;
  const runResult = toRunResult(ctx);
  if (values.csv !== undefined) await writeCsvDir(io, values.csv, Boolean(values.force), runToCsv(runResult));
  io.stdout.write(values.json ? JSON.stringify(runResult, null, 2) + '\n' : renderMinutes(ctx));
  return ExitCode.ok;
};
