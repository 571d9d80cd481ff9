import { EventEmitter } from 'node:events';

/** A stdout for ink in-process: a TTY of a fixed size that timestamps every write. */
export class FakeStdout extends EventEmitter {
  readonly isTTY = true;
  readonly writes: { readonly at: number; readonly text: string }[] = [];
  private waiter: ((at: number) => void) | null = null;
  constructor(
    readonly columns = 80,
    readonly rows = 24,
  ) {
    super();
  }
  write = (text: string): boolean => {
    const at = performance.now();
    this.writes.push({ at, text });
    const waiter = this.waiter;
    this.waiter = null;
    waiter?.(at);
    return true;
  };
  /** The time of the next write, or null when none comes within `timeoutMs`. */
  nextWrite(timeoutMs: number): Promise<number | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        resolve(null);
      }, timeoutMs);
      this.waiter = (at) => {
        clearTimeout(timer);
        resolve(at);
      };
    });
  }
}

/** A raw-mode stdin for ink that delivers written keys like a terminal. */
export class FakeStdin extends EventEmitter {
  readonly isTTY = true;
  private data: string | null = null;
  write(data: string): void {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  }
  read = (): string | null => {
    const data = this.data;
    this.data = null;
    return data;
  };
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
}
