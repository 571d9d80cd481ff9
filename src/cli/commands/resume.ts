import { resolve } from 'node:path';
import { continueSession } from '../../sim/continue-session.js';
import type { Voter } from '../../sim/continue-session.js';
import type { Scenario } from '../../scenario/schema.js';
import { renderMinutes } from '../../sim/minutes.js';
import { toRunResult } from '../../sim/run-result.js';
import { createVoter } from '../../sim/voter.js';
import { chainedLines, journalHeader, parseJournal, scenarioHash, UNCHAINED_JOURNAL_FORMAT, type ParsedJournal } from '../../journal/journal.js';
import { replayAgainstScenario } from '../../sim/journal-check.js';
import { JOURNAL_LIMITS } from '../../journal/limits.js';
import { createSessionSetup } from '../../scenario/session-setup.js';
import { loadScenarioText } from '../../scenario/load-scenario.js';
import { formatProblem } from '../../scenario/scenario-problem.js';
import type { CommandIo, CommandModule } from '../command.js';
import { ExitCode, UserError, type ExitCodeValue } from '../errors.js';
import { appendToJournalFile, createJournalFile, type JournalWriter } from '../journal-file.js';
import { lockJournal } from '../journal-lock.js';
import { readInputFile } from '../read-input-file.js';
import { readScenarioFile } from '../read-scenario-file.js';
import { VERSION } from '../version.js';
import { parseResumeArgs, type ResumeOptions } from './resume-args.js';
import { checkCsvDir, writeCsvDir } from './csv-dir.js';
import { runToCsv } from '../../sim/run-csv.js';
import { compileBehaviour } from '../../sim/behaviour/index.js';

export const run: CommandModule['run'] = (argv, io) => resumeJournal(parseResumeArgs(argv), io, (scenario, seed) => createVoter(compileBehaviour(scenario), seed));

/** A journal file's bytes, read as every untrusted input is: a regular file, within the journal's byte cap. */
export function readJournalBytes(file: string, io: CommandIo): Buffer {
  return readInputFile(resolve(io.cwd, file), file, { maxBytes: JOURNAL_LIMITS.maxBytes, what: 'the journal' });
}

export function readJournal(file: string, io: CommandIo): { text: string; bytes: Buffer; journal: ParsedJournal } {
  const bytes = readJournalBytes(file, io);
  const text = bytes.toString('utf8');
  const parsed = parseJournal(text);
  if (!parsed.ok) {
    const [first] = parsed.problems;
    throw new UserError(`${file}:${first!.line}: ${first!.message} [${first!.code}]`, { hint: 'a journal is written by gasim; restore it from a copy, or cut it before that line' });
  }
  if (parsed.value.torn) io.stderr.write(`gasim: warning: ${file}:${parsed.value.tornLine}: torn last line (the event in flight when the run stopped) dropped\n`);
  return { text, bytes, journal: parsed.value };
}

/**
 * Replays a journal's events into a session after checking each against the scenario and the seed
 * (a changed method, a ballot the seed does not draw, an event the session refuses): the first
 * contradiction is refused at its line.
 */
export function replayJournal(file: string, journal: ParsedJournal, scenario: Scenario, voter: Voter) {
  const replayed = replayAgainstScenario(createSessionSetup(scenario), journal.header.seed, journal.events, voter);
  if (!replayed.ok) {
    const { line, message, code } = replayed.problem;
    throw new UserError(`${file}:${line}: ${message} [${code}]`, { hint: 'the journal was edited or belongs to another scenario or seed; restore it from a copy, or cut it before that line' });
  }
  return replayed.session;
}

/** An unchained journal (format @1) is continued only into a new, chained journal: never mixed in one file. */
function checkMigration(file: string, journal: ParsedJournal, journalOut: string | undefined, io: CommandIo): void {
  if (journal.chained) return;
  if (journalOut === undefined) {
    throw new UserError(`${file}:1: this journal is in the previous format ${UNCHAINED_JOURNAL_FORMAT}, which has no hash chain, so nothing shows it was not edited; gasim does not append to it`, {
      hint: `continue it into a new chained journal with \`gasim resume ${file} --journal-out NEW.jsonl\` (its events are checked against the scenario and the seed first)`,
    });
  }
  io.stderr.write(`gasim: warning: ${file} is in the unchained format ${UNCHAINED_JOURNAL_FORMAT}: its events were checked against the scenario and the seed, but nothing shows it was not edited; ${journalOut} starts a new hash chain
`);
}

/** The scenario a journal was written with: read, checked against the header's hash, loaded. */
export async function loadJournalScenario(file: string, expectedHash: string, io: CommandIo) {
  const read = await readScenarioFile(resolve(io.cwd, file));
  if (!read.ok) throw new UserError(`scenario ${file} ${read.failure.message}`, { hint: `${read.failure.hint}; or give the scenario with --scenario FILE` });
  if (scenarioHash(read.text) !== expectedHash) {
    throw new UserError(`the scenario ${file} is not the one the journal was written with (its hash is ${scenarioHash(read.text)}, the journal's ${expectedHash})`, {
      hint: 'restore the scenario file the session ran with, or give it with --scenario FILE',
    });
  }
  const loaded = loadScenarioText(read.text, file);
  if (!loaded.ok) throw new UserError(loaded.problems.map((p) => formatProblem(file, p)).join('\n'), { hint: `gasim validate ${file}` });
  return { text: read.text, scenario: loaded.value.scenario };
}

/**
 * `gasim resume`: replays a journal, then runs the session to its end with the scenario's voters,
 * journalling every event. The voters draw each ballot from its own seeded stream, so a resumed
 * run ends exactly as the uninterrupted one.
 */
export async function resumeJournal(options: ResumeOptions, io: CommandIo, voterFor: (scenario: Scenario, seed: number) => Voter): Promise<ExitCodeValue> {
  // the journal written is locked before it is read, until the run ends (issue 18)
  const written = options.journalOut ?? options.journal;
  const lock = lockJournal(resolve(io.cwd, written), written, io, `wait for the other process to end, or continue into a new file with \`gasim resume ${options.journal} --journal-out NEW.jsonl\``);
  try {
    return await resumeLocked(options, io, voterFor);
  } finally {
    lock.release();
  }
}

async function resumeLocked(options: ResumeOptions, io: CommandIo, voterFor: (scenario: Scenario, seed: number) => Voter): Promise<ExitCodeValue> {
  // refuse an occupied directory before the journal is touched, so that no work is lost
  if (options.csv !== undefined) checkCsvDir(io, options.csv, options.force);
  const { bytes, journal } = readJournal(options.journal, io);
  checkMigration(options.journal, journal, options.journalOut, io);
  const scenarioFile = options.scenario ?? journal.header.scenarioFile;
  const { text: scenarioText, scenario } = await loadJournalScenario(scenarioFile, journal.header.scenarioHash, io);
  const voter = voterFor(scenario, journal.header.seed);
  const session = replayJournal(options.journal, journal, scenario, voter);
  let out: JournalWriter;
  let lineOf: ReturnType<typeof chainedLines>;
  if (options.journalOut !== undefined) {
    const header = journalHeader({ version: VERSION, scenarioId: scenario.id, scenarioFile, scenarioText, seed: journal.header.seed });
    out = createJournalFile(resolve(io.cwd, options.journalOut), header, { force: options.force });
    lineOf = chainedLines({ line: header });
    session.events.forEach((event, i) => out.append(lineOf(i + 1, event)));
  } else {
    lineOf = chainedLines({ hash: journal.lastHash! });
    // cut on bytes, not on decoded text: a torn line after bytes that are not UTF-8 leaves no fragment (issue 18)
    const keep = journal.torn ? startOfLine(bytes, journal.tornLine!) : undefined;
    out = appendToJournalFile(resolve(io.cwd, options.journal), keep);
  }
  try {
    continueSession(session, voter, (seq, event) => out.append(lineOf(seq, event)));
  } finally {
    out.close();
  }
  const ctx = session.snapshot.context;
  const result = toRunResult(ctx);
  if (options.csv !== undefined) await writeCsvDir(io, options.csv, options.force, runToCsv(result));
  io.stdout.write(options.json ? JSON.stringify(result, null, 2) + '\n' : renderMinutes(ctx));
  return ExitCode.ok;
}

/** The byte offset where 1-based line `line` starts. */
export function startOfLine(bytes: Buffer, line: number): number {
  let offset = 0;
  for (let n = 1; n < line; n++) {
    const newline = bytes.indexOf(0x0a, offset);
    if (newline < 0) return bytes.length;
    offset = newline + 1;
  }
  return offset;
}
