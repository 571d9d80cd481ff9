import { bar, groupThousands } from './bar.js';

export interface ProgressState {
  readonly done: number;
  readonly total: number;
  readonly elapsedMs: number;
  /** Columns available for the whole line; the bar takes what the text leaves. */
  readonly width: number;
  /** For a grid: points complete of all points. */
  readonly points?: { readonly done: number; readonly total: number };
}

/**
 * One line of sweep progress, e.g. `█████░░░░ 52% 5,200/10,000 · 1,234 runs/s · ETA 4s`; a grid's
 * starts with `points 2/6 · `.
 */
export function formatProgress({ done, total, elapsedMs, width, points }: ProgressState): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 1;
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? formatDuration((total - done) / rate) : '–';
  const where = points ? `points ${points.done}/${points.total} · ` : '';
  const text = `${where}${Math.floor(fraction * 100)}% ${groupThousands(done)}/${groupThousands(total)}${points ? ' runs' : ''} · ${groupThousands(rate)} runs/s · ETA ${eta}`;
  return `${bar(fraction, Math.max(10, width - text.length - 1), '░')} ${text}`;
}

/** Seconds as `4s`, `1m 05s` or `2h 03m`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** Where progress goes: a stream such as `process.stderr`. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

/**
 * A progress line on `stream`, redrawn in place with `\r` at most every `intervalMs` (and at the
 * end); silent when the stream is not a terminal, so that logs and pipes stay clean.
 */
export function createProgressWriter(stream: ProgressStream, now: () => number = () => performance.now(), intervalMs = 80) {
  const start = now();
  let last = -Infinity;
  let drawn = false;
  return {
    update(done: number, total: number, points?: { done: number; total: number }): void {
      const t = now();
      if (!stream.isTTY || (t - last < intervalMs && done < total)) return;
      last = t;
      drawn = true;
      stream.write(`\r${formatProgress({ done, total, elapsedMs: t - start, width: (stream.columns ?? 80) - 1, ...(points ? { points } : {}) })}`);
    },
    finish(): void {
      if (drawn) stream.write('\n');
    },
  };
}
