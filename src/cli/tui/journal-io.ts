import { resolve } from 'node:path';
import { chainedLines, journalHeader, type ParsedJournal } from '../../machine/journal.js';
import type { SessionEvent } from '../../machine/events.js';
import type { CommandIo } from '../command.js';
import { readJournal } from '../commands/resume.js';
import { createJournalFile } from '../journal-file.js';
import { VERSION } from '../version.js';

/** Where and for what a journal is written. */
export interface JournalTarget {
  readonly path: string;
  readonly io: CommandIo;
  readonly scenarioFile: string;
  readonly scenarioText: string;
  readonly scenarioId: string;
  readonly seed: number;
  /** Replace an existing file (--force, or the journal being resumed). */
  readonly overwrite: boolean;
}

/** Reads a journal to resume (a torn last line is reported on stderr and dropped). */
export async function readJournalEvents(file: string, io: CommandIo): Promise<ParsedJournal> {
  return readJournal(file, io).journal;
}

/** Writes a whole journal: the header and every accepted event, each line flushed to disk. */
export async function writeJournalFile(target: JournalTarget, events: readonly SessionEvent[]): Promise<string> {
  const path = resolve(target.io.cwd, target.path);
  const header = journalHeader({ version: VERSION, scenarioId: target.scenarioId, scenarioFile: target.scenarioFile, scenarioText: target.scenarioText, seed: target.seed });
  const journal = createJournalFile(path, header, { force: target.overwrite });
  try {
    const lineOf = chainedLines({ line: header });
    events.forEach((event, i) => journal.append(lineOf(i + 1, event)));
  } finally {
    journal.close();
  }
  return target.path;
}

/** The TUI's `s`: saves to the target; after the first save the same file is rewritten. */
export function journalSaver(target: JournalTarget): (events: readonly SessionEvent[]) => Promise<string> {
  let overwrite = target.overwrite;
  return async (events) => {
    const path = await writeJournalFile({ ...target, overwrite }, events);
    overwrite = true;
    return path;
  };
}
