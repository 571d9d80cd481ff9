import { entriesOf } from './append-only.js';
import type { LogEntry, QuorumRecord, SessionContext, SessionRecord } from './context.js';

/**
 * The session's append-only record, read as lists: closed ballots (questions and elections), quorum
 * checks and the log. Projections (minutes, JSON, views, training, outcomes) read the record
 * through these, never through the context's fields, so that how the record is kept can change.
 */
export function recordsOf(ctx: SessionContext): readonly SessionRecord[] {
  return entriesOf(ctx.records);
}

/** Every quorum check taken so far, in order (Q1). */
export function quorumChecksOf(ctx: SessionContext): readonly QuorumRecord[] {
  return entriesOf(ctx.quorum);
}

/** The log of settled history, in order. */
export function logOf(ctx: SessionContext): readonly LogEntry[] {
  return entriesOf(ctx.log);
}
