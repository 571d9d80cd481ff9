import { createHash } from 'node:crypto';

/**
 * The hash chain of a journal (issue 19, format gasim/journal@2). Every line is a JSON object whose
 * last key is `"hash":"sha256:<64 hex>"`: the SHA-256 of the hash before it, a newline, and the
 * line's text without that key. The header's "hash before" is the format name, so the header is
 * chained to its own fields (the scenario's hash, the seed, gasim's version) and every event line
 * to the header through the lines before it. Changing, inserting, removing or moving any byte of a
 * line breaks the chain at that line. It does not say who wrote the journal: anyone can compute a
 * chain (see the README, "What the chain proves").
 *
 * This module knows nothing of events or sessions; the journal reader and writers call it.
 */

/** Where the chain starts: the header's hash is computed after this text. */
export const CHAIN_GENESIS = 'gasim/journal@2';

const HASH = /^sha256:[0-9a-f]{64}$/;
const SEAL = /,"hash":"(sha256:[0-9a-f]{64})"\}$/;
/** A seal followed by more text: a whole line with something run on after it. */
const SEAL_INSIDE = /,"hash":"sha256:[0-9a-f]{64}"\}[\s\S]/; // any character after the seal, line terminators (\r) included

/** `sha256:<hex>` of a text's UTF-8 bytes. */
export function sha256(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/** The hash a line's content gets after the hash `previous`. */
export function chainHash(previous: string, content: string): string {
  return sha256(`${previous}\n${content}`);
}

/** Adds the chained hash as the last key of `content`, a non-empty JSON object's text; returns the line (no newline) and its hash. */
export function sealLine(previous: string, content: string): { readonly line: string; readonly hash: string } {
  if (!content.startsWith('{') || !content.endsWith('}') || content === '{}') throw new TypeError('sealLine: content must be a non-empty JSON object');
  const hash = chainHash(previous, content);
  return { line: `${content.slice(0, -1)},"hash":"${hash}"}`, hash };
}

/** A sealed line split into the content its hash covers and the hash it records, or null when it has no seal. */
export function unsealLine(line: string): { readonly content: string; readonly hash: string } | null {
  const match = SEAL.exec(line);
  if (match === null || match.index === 0) return null;
  return { content: `${line.slice(0, match.index)}}`, hash: match[1]! };
}

/** Whether an unterminated last line holds a whole sealed line with more after it (so it is not a line cut short). */
export function runsOnAfterSeal(line: string): boolean {
  return SEAL_INSIDE.test(line);
}

/** Whether a string is a hash as the chain writes it. */
export function isChainHash(value: unknown): value is string {
  return typeof value === 'string' && HASH.test(value);
}

/** Where and how a chain is broken. */
export interface ChainBreak {
  readonly line: number;
  readonly code: 'journal/no-hash' | 'journal/chain-broken' | 'journal/chain-order';
  readonly message: string;
}

const short = (hash: string) => `${hash.slice(0, 19)}…`;

/**
 * Checks that line `lineNo` (1-based) follows the hash `previous`. `earlier` lists the hashes of
 * the lines before it (index 0 = the header), to tell a moved or removed line from an edited one.
 * Returns the line's recorded hash (the next line chains to it even when this one is broken, so
 * that one edited line is reported once), and the break if any.
 */
export function checkSealedLine(
  previous: string,
  line: string,
  lineNo: number,
  earlier: readonly string[] = [],
): { readonly hash: string | null; readonly broken?: ChainBreak } {
  const sealed = unsealLine(line);
  if (sealed === null) {
    const what = lineNo === 1 ? 'the header' : `line ${lineNo}`;
    return { hash: null, broken: { line: lineNo, code: 'journal/no-hash', message: `${what} has no hash: each line of a ${CHAIN_GENESIS} journal ends with ,"hash":"sha256:<64 hex digits>"}` } };
  }
  const computed = chainHash(previous, sealed.content);
  if (computed === sealed.hash) return { hash: sealed.hash };
  const after = earlier.findIndex((h, i) => i !== lineNo - 2 && chainHash(h, sealed.content) === sealed.hash);
  const broken: ChainBreak =
    after >= 0
      ? { line: lineNo, code: 'journal/chain-order', message: `line ${lineNo} was written after line ${after + 1}, not after line ${lineNo - 1}: lines were removed, inserted or moved before it` }
      : lineNo === 1
        ? { line: 1, code: 'journal/chain-broken', message: `the header was changed after it was written: it records ${short(sealed.hash)}, its fields hash to ${short(computed)} (the scenario's hash, the seed or another field differs)` }
        : { line: lineNo, code: 'journal/chain-broken', message: `line ${lineNo} was changed after it was written (or line ${lineNo - 1} was): it records ${short(sealed.hash)}, its text after line ${lineNo - 1} hashes to ${short(computed)}` };
  return { hash: sealed.hash, broken };
}
