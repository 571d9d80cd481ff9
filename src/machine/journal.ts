import { createHash } from 'node:crypto';
import type { Result } from '../scenario/result.js';
import type { SessionSnapshot } from './autopilot.js';
import type { SessionEvent } from './events.js';
import { parseEventPayload } from './event-schema.js';
import { isEventType } from './event-types.js';
import { findJsonBreach, JOURNAL_LIMITS } from './journal-limits.js';
import { createTransition, foldEvents } from './session-driver.js';
import { sessionMachine } from './session-machine.js';
import type { SessionSetup } from './session-setup.js';

export const JOURNAL_FORMAT = 'gasim/journal@1';
export const SNAPSHOT_FORMAT = 'gasim/snapshot@2';

/** The first line of a journal: what is needed to replay it (principle 2: scenario, seed, events). */
export interface JournalHeader {
  readonly format: typeof JOURNAL_FORMAT;
  readonly gasim: string;
  readonly scenario: string;
  readonly scenarioFile: string;
  readonly scenarioHash: string;
  readonly seed: number;
}

/** A journal as read back: the accepted events in order, and whether a torn last line was dropped. */
export interface ParsedJournal {
  readonly header: JournalHeader;
  readonly events: readonly SessionEvent[];
  readonly torn: boolean;
  readonly tornLine?: number;
}

/** Why a journal cannot be used, at a 1-based line. */
export interface JournalProblem {
  readonly line: number;
  readonly code: string;
  readonly message: string;
}

/** `sha256:<hex>` of the scenario text, as the header records it. */
export function scenarioHash(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/** The header line (with its newline) of a new journal. */
export function journalHeader(options: { version: string; scenarioId: string; scenarioFile: string; scenarioText: string; seed: number }): string {
  const header: JournalHeader = {
    format: JOURNAL_FORMAT,
    gasim: options.version,
    scenario: options.scenarioId,
    scenarioFile: options.scenarioFile,
    scenarioHash: scenarioHash(options.scenarioText),
    seed: options.seed,
  };
  return JSON.stringify(header) + '\n';
}

/** One accepted event as a journal line (with its newline); `seq` counts accepted events from 1. */
export function formatJournalLine(seq: number, event: SessionEvent): string {
  return JSON.stringify({ seq, event }) + '\n';
}

/** A whole journal's text, as written line by line during a session. */
export function formatJournal(header: string, events: readonly SessionEvent[]): string {
  return header + events.map((e, i) => formatJournalLine(i + 1, e)).join('');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkHeader(value: unknown): JournalHeader | string {
  if (!isObject(value)) return 'the first line is not a JSON object';
  const breach = findJsonBreach(value);
  if (breach !== null) return breach.message;
  if (value.format !== JOURNAL_FORMAT) return `the format is ${JSON.stringify(value.format)}, expected "${JOURNAL_FORMAT}"`;
  for (const key of ['gasim', 'scenario', 'scenarioFile', 'scenarioHash'] as const) {
    if (typeof value[key] !== 'string') return `the header has no string '${key}'`;
  }
  if (!Number.isSafeInteger(value.seed)) return "the header has no integer 'seed'";
  return value as unknown as JournalHeader;
}

type LineCheck = { readonly event: SessionEvent } | { readonly code: string; readonly message: string };

function checkEventLine(value: unknown, expectedSeq: number): LineCheck {
  if (value === undefined) return { code: 'journal/bad-json', message: 'not valid JSON' };
  if (!isObject(value) || !isObject(value.event)) return { code: 'journal/bad-line', message: 'expected {"seq":n,"event":{...}}' };
  if (value.seq !== expectedSeq) return { code: 'journal/bad-seq', message: `seq is ${JSON.stringify(value.seq)}, expected ${expectedSeq}` };
  const breach = findJsonBreach(value);
  if (breach !== null) return breach;
  if (!isEventType(value.event.type)) return { code: 'journal/unknown-event', message: `unknown event type ${JSON.stringify(value.event.type)?.slice(0, 80)}` };
  const payload = parseEventPayload(value.event as { type: SessionEvent['type'] });
  return 'event' in payload ? payload : { code: 'journal/bad-event', message: payload.message };
}

function checkLine(line: string, expectedSeq: number): LineCheck {
  if (line.length > JOURNAL_LIMITS.maxLineBytes) return { code: 'journal/line-too-long', message: `a line of ${line.length} characters; the limit is ${JOURNAL_LIMITS.maxLineBytes}` };
  return checkEventLine(parseJson(line), expectedSeq);
}

/** The 1-based number of a torn last line: no newline after it, or (after the header) not JSON. */
function tornLineOf(lines: readonly string[], complete: boolean): number | undefined {
  if (!complete) return lines.length;
  return lines.length > 1 && parseJson(lines.at(-1)!) === undefined ? lines.length : undefined;
}

/**
 * Reads a journal. A last line without its newline, or not valid JSON, is the line in flight when
 * the process died: it is reported as torn and dropped. Any other bad line is an error.
 */
export function parseJournal(text: string): Result<ParsedJournal, JournalProblem[]> {
  const lines = text.split('\n');
  if (lines.length > JOURNAL_LIMITS.maxLines + 1)
    return { ok: false, problems: [{ line: JOURNAL_LIMITS.maxLines + 1, code: 'journal/too-long', message: `more than ${JOURNAL_LIMITS.maxLines} lines` }] };
  const complete = lines.at(-1) === '';
  if (complete) lines.pop();
  const tornLine = tornLineOf(lines, complete);
  const kept = tornLine === undefined ? lines : lines.slice(0, tornLine - 1);
  if (kept.length === 0) return { ok: false, problems: [{ line: 1, code: 'journal/no-header', message: 'the journal has no complete header line' }] };
  const header = kept[0]!.length > JOURNAL_LIMITS.maxLineBytes ? 'the header line is too long' : checkHeader(parseJson(kept[0]!));
  if (typeof header === 'string') return { ok: false, problems: [{ line: 1, code: 'journal/bad-header', message: header }] };
  const problems: JournalProblem[] = [];
  const events: SessionEvent[] = [];
  kept.slice(1).forEach((line, i) => {
    const checked = checkLine(line, i + 1);
    if ('event' in checked) events.push(checked.event);
    else problems.push({ line: i + 2, ...checked });
  });
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 20) };
  return { ok: true, value: { header, events, torn: tornLine !== undefined, ...(tornLine !== undefined ? { tornLine } : {}) } };
}

/** Folds journalled events through the pure machine; the snapshot equals the live one. */
export function replay(setup: SessionSetup, seed: number, events: readonly SessionEvent[]): SessionSnapshot {
  return foldEvents(createTransition(setup, seed), events);
}

/** A snapshot saved with its format version; the journal stays the source of truth. */
export function persistedSnapshot(snapshot: SessionSnapshot): { format: typeof SNAPSHOT_FORMAT; snapshot: unknown } {
  return { format: SNAPSHOT_FORMAT, snapshot: sessionMachine.getPersistedSnapshot(snapshot) };
}
