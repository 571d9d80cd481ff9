/**
 * A seeded pseudo-random generator whose whole state is plain data (principle 2), so that it can
 * live in machine context, be journalled and replayed. Algorithm: sfc32 seeded by splitmix32.
 */
export interface RngState {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Creates the generator state for a seed (any integer; only its low 32 bits matter). */
export function createRng(seed: number): RngState {
  const next = splitmix32(seed);
  let a = next();
  let b = next();
  let c = next();
  let d = next();
  // four words, then twelve warm-up steps of `nextUint32`, in local words (no arrays): a ballot's stream
  // is seeded per ballot, and allocating a state per step was a fifth of a headless run's garbage from the generator
  for (let i = 0; i < 12; i++) {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = (b ^ (b >>> 9)) >>> 0;
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
  }
  return { a, b, c, d };
}

/** Returns a uniformly distributed unsigned 32-bit integer and the next state. */
export function nextUint32(state: RngState): [number, RngState] {
  let { a, b, c, d } = state;
  const t = (((a + b) >>> 0) + d) >>> 0;
  d = (d + 1) >>> 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) >>> 0;
  c = ((c << 21) | (c >>> 11)) >>> 0;
  c = (c + t) >>> 0;
  return [t, { a: a >>> 0, b, c, d }];
}

/** Returns an integer in [0, n) without modulo bias, and the next state. `n` must be in [1, 2^32]. */
export function nextInt(state: RngState, n: number): [number, RngState] {
  if (!Number.isInteger(n) || n < 1 || n > 0x100000000) {
    throw new RangeError(`nextInt expects an integer n in [1, 2^32], got ${n}`);
  }
  const limit = 0x100000000 - (0x100000000 % n);
  let s = state;
  for (;;) {
    const [x, next] = nextUint32(s);
    s = next;
    if (x < limit) return [x % n, s];
  }
}

/** Returns a float in [0, 1) and the next state. */
export function nextFloat(state: RngState): [number, RngState] {
  const [x, next] = nextUint32(state);
  return [x / 0x100000000, next];
}

/**
 * A fast mutable stream over the same algorithm for hot loops (voter draws in simulation).
 * It starts from and returns plain `RngState`, so determinism is preserved.
 */
export class RngStream {
  // int32 words in a typed array: no boxing of values above 2^30, int32 arithmetic throughout
  private readonly s: Int32Array;

  constructor(state: RngState) {
    this.s = Int32Array.of(state.a, state.b, state.c, state.d);
  }

  /** Next float in [0, 1). */
  float(): number {
    const s = this.s;
    const a = s[0]!;
    const b = s[1]!;
    const c = s[2]!;
    const d = s[3]!;
    const t = (((a + b) | 0) + d) | 0;
    s[0] = b ^ (b >>> 9);
    s[1] = (c + (c << 3)) | 0;
    s[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    s[3] = (d + 1) | 0;
    return (t >>> 0) / 0x100000000;
  }

  state(): RngState {
    const s = this.s;
    return { a: s[0]! >>> 0, b: s[1]! >>> 0, c: s[2]! >>> 0, d: s[3]! >>> 0 };
  }
}
