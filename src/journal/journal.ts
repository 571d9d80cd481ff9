import { CHAIN_GENESIS, checkSealedLine, runsOnAfterSeal, sealLine, sha256, unsealLine } from './chain.js';
import type { Result } from '../scenario/result.js';
import type { SessionSnapshot } from '../machine/autopilot.js';
import type { SessionEvent, SessionEventType } from '../machine/events.js';
import { isEventType, parseEventPayload } from '../machine/events.js';
import { findJsonBreach, JOURNAL_LIMITS } from './limits.js';
import { createEngine, createTransition, foldEvents } from '../machine/session-driver.js';
import type { SessionSetup } from '../scenario/session-setup.js';

/** The journal format written: every line carries a hash chained to the line before (src/journal/chain.ts). */
export const JOURNAL_FORMAT = CHAIN_GENESIS;
/** The previous format, without a hash chain: still read, reported as unverifiable (README, "Journals"). */
export const UNCHAINED_JOURNAL_FORMAT = 'gasim/journal@1';

/** The first line of a journal: what is needed to replay it (principle 2: scenario, seed, events). */
export interface JournalHeader {
  readonly format: typeof JOURNAL_FORMAT | typeof UNCHAINED_JOURNAL_FORMAT;
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
  /** Whether the lines carry a hash chain (format @2); an unchained journal cannot be shown unedited. */
  readonly chained: boolean;
  /** The hash the next appended line chains to (the last kept line's), or null for an unchained journal. */
  readonly lastHash: string | null;
}

/** Why a journal cannot be used, at a 1-based line. */
export interface JournalProblem {
  readonly line: number;
  readonly code: string;
  readonly message: string;
}

/** `sha256:<hex>` of the scenario text, as the header records it. */
export function scenarioHash(text: string): string {
  return sha256(text);
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
  // the header is chained to its own fields: the scenario's hash, the seed, the version
  return sealLine(CHAIN_GENESIS, JSON.stringify(header)).line + '\n';
}

/** The hash a line after `line` chains to: its recorded hash, or (an unsealed line) the hash of its text. */
function hashAfter(line: string): string {
  const text = line.endsWith('\n') ? line.slice(0, -1) : line;
  return unsealLine(text)?.hash ?? sha256(text);
}

/**
 * Formats accepted events as journal lines (each with its newline) chained after `previous`: the
 * header line, or the hash of the last line of a journal being continued. `seq` counts accepted
 * events from 1.
 */
export function chainedLines(previous: { readonly line: string } | { readonly hash: string }): (seq: number, event: SessionEvent) => string {
  let hash = 'hash' in previous ? previous.hash : hashAfter(previous.line);
  return (seq, event) => {
    const sealed = sealLine(hash, JSON.stringify({ seq, event }));
    hash = sealed.hash;
    return sealed.line + '\n';
  };
}

/** A whole journal's text, as written line by line during a session. */
export function formatJournal(header: string, events: readonly SessionEvent[]): string {
  const line = chainedLines({ line: header });
  return header + events.map((e, i) => line(i + 1, e)).join('');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const HEADER_KEYS = ['format', 'gasim', 'scenario', 'scenarioFile', 'scenarioHash', 'seed'];

/** A line's keys must be exactly `keys` (in any order): an unchained line with a hash, or a chained one without, is refused. */
function unexpectedKey(value: Record<string, unknown>, keys: readonly string[]): string | undefined {
  return Object.keys(value).find((k) => !keys.includes(k)) ?? keys.find((k) => !Object.hasOwn(value, k));
}

function checkHeader(value: unknown): JournalHeader | string {
  if (!isObject(value)) return 'the first line is not a JSON object';
  const breach = findJsonBreach(value);
  if (breach !== null) return breach.message;
  if (value.format !== JOURNAL_FORMAT && value.format !== UNCHAINED_JOURNAL_FORMAT) return `the format is ${JSON.stringify(value.format)}, expected "${JOURNAL_FORMAT}"`;
  const odd = unexpectedKey(value, value.format === JOURNAL_FORMAT ? [...HEADER_KEYS, 'hash'] : HEADER_KEYS);
  if (odd !== undefined) return `the header's keys differ from ${value.format as string}'s at '${odd.slice(0, 40)}'`;
  for (const key of ['gasim', 'scenario', 'scenarioFile', 'scenarioHash'] as const) {
    if (typeof value[key] !== 'string') return `the header has no string '${key}'`;
  }
  if (!Number.isSafeInteger(value.seed)) return "the header has no integer 'seed'";
  const { hash: _hash, ...header } = value;
  return header as unknown as JournalHeader;
}

type LineCheck = { readonly event: SessionEvent } | { readonly code: string; readonly message: string };

function checkEventLine(value: unknown, expectedSeq: number, chained: boolean): LineCheck {
  if (value === undefined) return { code: 'journal/bad-json', message: 'not valid JSON' };
  if (!isObject(value) || !isObject(value.event)) return { code: 'journal/bad-line', message: 'expected {"seq":n,"event":{...}}' };
  if (value.seq !== expectedSeq) return { code: 'journal/bad-seq', message: `seq is ${JSON.stringify(value.seq)}, expected ${expectedSeq}` };
  const breach = findJsonBreach(value);
  if (breach !== null) return breach;
  if (value.event.type === 'chair.takeItem') return { code: 'journal/headless-event', message: 'chair.takeItem is a headless run\'s step, never journaled: record the item\'s own events (gasim run --journal writes them)' };
  if (!isEventType(value.event.type)) return { code: 'journal/unknown-event', message: `unknown event type ${JSON.stringify(value.event.type)?.slice(0, 80)}` };
  const payload = parseEventPayload(value.event as { type: SessionEventType });
  if (!('event' in payload)) return { code: 'journal/bad-event', message: payload.message };
  // a missing hash is the chain's to report; an unchained line must not carry one
  const odd = Object.keys(value).find((k) => k !== 'seq' && k !== 'event' && !(chained && k === 'hash'));
  if (odd !== undefined) return { code: 'journal/bad-line', message: `unexpected key '${odd.slice(0, 40)}' (expected {"seq":n,"event":{...}${chained ? ',"hash":"sha256:…"' : ''}})` };
  return payload;
}

function checkLine(line: string, expectedSeq: number, chained: boolean): LineCheck {
  if (line.length > JOURNAL_LIMITS.maxLineBytes) return { code: 'journal/line-too-long', message: `a line of ${line.length} characters; the limit is ${JOURNAL_LIMITS.maxLineBytes}` };
  return checkEventLine(parseJson(line), expectedSeq, chained);
}

/**
 * The 1-based number of a torn last line: one without its newline. A line and its newline are
 * written at once, so a line that ends with a newline was written whole and is never torn; nor is
 * a whole sealed line with bytes run on after it.
 */
function tornLineOf(lines: readonly string[], complete: boolean): number | undefined {
  return complete || runsOnAfterSeal(lines.at(-1)!) ? undefined : lines.length;
}

/**
 * Checks the hash chain of a journal's kept lines (after their contents were checked): the first
 * break is the problem, located at its line. Returns the last line's hash to continue from.
 */
function checkChain(lines: readonly string[]): { lastHash: string; problems: JournalProblem[] } {
  let previous = CHAIN_GENESIS;
  for (let i = 0; i < lines.length; i++) {
    const checked = checkSealedLine(previous, lines[i]!, i + 1);
    if (checked.broken) {
      // only now the earlier lines' hashes, to tell a moved line from an edited one
      const earlier = lines.slice(0, i).map((l) => unsealLine(l)?.hash ?? '');
      return { lastHash: previous, problems: [checkSealedLine(previous, lines[i]!, i + 1, earlier).broken!] };
    }
    previous = checked.hash!;
  }
  return { lastHash: previous, problems: [] };
}

/**
 * Reads a journal. A last line without its newline is the line in flight when the process died:
 * it is reported as torn and dropped. Any other bad line is an error, and so is a break in the hash
 * chain (format @2). A journal of the unchained format @1 is read with `chained: false`.
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
    const checked = checkLine(line, i + 1, header.format === JOURNAL_FORMAT);
    if ('event' in checked) events.push(checked.event);
    else problems.push({ line: i + 2, ...checked });
  });
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 20) };
  const chained = header.format === JOURNAL_FORMAT;
  const chain = chained ? checkChain(kept) : { lastHash: null, problems: [] };
  if (chain.problems.length > 0) return { ok: false, problems: chain.problems };
  return { ok: true, value: { header, events, torn: tornLine !== undefined, ...(tornLine !== undefined ? { tornLine } : {}), chained, lastHash: chain.lastHash } };
}

/** Folds journalled events through the pure machine; the snapshot equals the live one. */
export function replay(setup: SessionSetup, seed: number, events: readonly SessionEvent[]): SessionSnapshot {
  return foldEvents(createTransition(createEngine(setup), seed), events);
}
