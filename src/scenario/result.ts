/** The outcome of a loading stage: a value, or the problems that prevent one (principle 5). */
export type Result<T, P> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: P };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function fail<P>(problems: P): { readonly ok: false; readonly problems: P } {
  return { ok: false, problems };
}
