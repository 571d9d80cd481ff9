import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chainedLines, journalHeader, type ParsedJournal } from '../../journal/journal.js';
import type { SessionEvent } from '../../machine/events.js';
import type { CommandIo } from '../command.js';
import { readJournal } from '../commands/resume.js';
import { JournalExistsError } from '../../ui/controller.js';
import { ExitCode, UserError } from '../errors.js';
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

/** `name.journal.jsonl` → the first of `name-2.journal.jsonl`, `name-3…` that does not exist. */
export function freeJournalName(path: string, cwd: string): string {
  const match = /^(.*?)((?:\.[a-z]+)*)$/i.exec(path)!;
  for (let n = 2; ; n += 1) {
    const candidate = `${match[1]}-${n}${match[2]}`;
    if (!existsSync(resolve(cwd, candidate))) return candidate;
  }
}

/**
 * The TUI's `s`: saves to the target, or to the file named in the save-as prompt; after a save
 * the same file is rewritten. An existing file is never overwritten without --force: the error
 * says so with a free name to offer.
 */
export function journalSaver(target: JournalTarget): (events: readonly SessionEvent[], path?: string) => Promise<string> {
  let current = { path: target.path, overwrite: target.overwrite };
  return async (events, path) => {
    const next = path === undefined || path === current.path ? current : { path, overwrite: false };
    try {
      await writeJournalFile({ ...target, ...next }, events);
    } catch (error) {
      if (error instanceof UserError && error.exitCode === ExitCode.refusedOverwrite) throw new JournalExistsError(next.path, freeJournalName(next.path, target.io.cwd));
      throw error;
    }
    current = { path: next.path, overwrite: true };
    return next.path;
  };
}
