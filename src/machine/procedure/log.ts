import { append, type ContextDraft } from '../context-update.js';
import type { Rejection, SessionContext } from '../context.js';

/** Appends a line of settled history. */
export function log(ctx: ContextDraft, text: string): void {
  append(ctx, 'log', { seq: ctx.seq, day: ctx.day, text });
}

/** Records a rejected event with its coded reason; nothing else changes (principle 10). */
export function reject(ctx: ContextDraft, rejection: Rejection): void {
  ctx.lastRejection = rejection;
  ctx.rejections += 1;
}
