import { resolve } from 'node:path';
import { continueSession } from '../../machine/continue-session.js';
import type { Voter } from '../../machine/continue-session.js';
import type { Scenario } from '../../scenario/schema.js';
import { renderMinutes } from '../../sim/minutes.js';
import { toRunResult } from '../../sim/run-result.js';
import { createVoter } from '../../sim/voter.js';
import { formatJournalLine, journalHeader, parseJournal, scenarioHash, type ParsedJournal } from '../../machine/journal.js';
import { JOURNAL_LIMITS } from '../../machine/journal-limits.js';
import { createSession } from '../../machine/session-driver.js';
import { createSessionSetup } from '../../machine/session-setup.js';
import { loadScenarioText } from '../../scenario/load-scenario.js';
import { formatProblem } from '../../scenario/scenario-problem.js';
import type { CommandIo, CommandModule } from '../command.js';
import { ExitCode, UserError, type ExitCodeValue } from '../errors.js';
import { appendToJournalFile, createJournalFile, type JournalWriter } from '../journal-file.js';
import { readInputFile } from '../read-input-file.js';
import { readScenarioFile } from '../read-scenario-file.js';
import { VERSION } from '../version.js';
import { parseResumeArgs, type ResumeOptions } from './resume-args.js';

export const run: CommandModule['run'] = (argv, io) => resumeJournal(parseResumeArgs(argv), io, createVoter);

export function readJournal(file: string, io: CommandIo): { text: string; bytes: Buffer; journal: ParsedJournal } {
  const bytes = readInputFile(resolve(io.cwd, file), file, { maxBytes: JOURNAL_LIMITS.maxBytes, what: 'the journal' });
  const text = bytes.toString('utf8');
  const parsed = parseJournal(text);
  if (!parsed.ok) {
    const [first] = parsed.problems;
    throw new UserError(`${file}:${first!.line}: ${first!.message} [${first!.code}]`, { hint: 'a journal is written by gasim; restore it from a copy, or cut it before that line' });
  }
  if (parsed.value.torn) io.stderr.write(`gasim: warning: ${file}:${parsed.value.tornLine}: torn last line (the event in flight when the run stopped) dropped\n`);
  return { text, bytes, journal: parsed.value };
}

async function loadScenario(file: string, expectedHash: string, io: CommandIo) {
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
  const { bytes, journal } = readJournal(options.journal, io);
  const scenarioFile = options.scenario ?? journal.header.scenarioFile;
  const { text: scenarioText, scenario } = await loadScenario(scenarioFile, journal.header.scenarioHash, io);
  const session = createSession(createSessionSetup(scenario), journal.header.seed);
  journal.events.forEach((event, i) => {
    const outcome = session.send(event);
    if (!outcome.accepted) throw new UserError(`${options.journal}:${i + 2}: the session refuses ${event.type} (${outcome.rejection?.code ?? 'rejected'})`, { hint: 'the journal was edited or belongs to another scenario; cut it before that line' });
  });
  let out: JournalWriter;
  if (options.journalOut !== undefined) {
    const header = journalHeader({ version: VERSION, scenarioId: scenario.id, scenarioFile, scenarioText, seed: journal.header.seed });
    out = createJournalFile(resolve(io.cwd, options.journalOut), header, { force: options.force });
    session.events.forEach((event, i) => out.append(formatJournalLine(i + 1, event)));
  } else {
    // cut on bytes, not on decoded text: a torn line after bytes that are not UTF-8 leaves no fragment (issue 18)
    const keep = journal.torn ? startOfLine(bytes, journal.tornLine!) : undefined;
    out = appendToJournalFile(resolve(io.cwd, options.journal), keep);
  }
  try {
    continueSession(session, voterFor(scenario, journal.header.seed), (seq, event) => out.append(formatJournalLine(seq, event)));
  } finally {
    out.close();
  }
  const ctx = session.snapshot.context;
  io.stdout.write(options.json ? JSON.stringify(toRunResult(ctx), null, 2) + '\n' : renderMinutes(ctx));
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
