import { terminalText } from '../domain/safe-text.js';

const RAW = Symbol('gasim.rawStream');

/**
 * The terminal boundary (issue 18): a stream whose text writes go through `terminalText`, so that
 * no escape sequence, control or bidi character from a scenario, journal or rules file reaches the
 * terminal raw, whatever command prints it. A carriage return opening a write is kept: it is how
 * progress redraws its line, and untrusted text never opens a write.
 */
export function safeStream<S extends NodeJS.WritableStream>(stream: S): S {
  return new Proxy(stream, {
    get(target, prop) {
      if (prop === RAW) return target;
      if (prop === 'write') {
        return (chunk: unknown, ...rest: unknown[]) =>
          (target.write as (...args: unknown[]) => boolean)(typeof chunk === 'string' ? safeChunk(chunk) : chunk, ...rest);
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The stream under `safeStream`, for ink, which writes its own escape sequences (its text goes through terminalText in ui/). */
export function rawStream<S extends NodeJS.WritableStream>(stream: S): NodeJS.WriteStream {
  return ((stream as S & { [RAW]?: S })[RAW] ?? stream) as unknown as NodeJS.WriteStream;
}

function safeChunk(text: string): string {
  return text.startsWith('\r') ? `\r${terminalText(text.slice(1))}` : terminalText(text);
}
