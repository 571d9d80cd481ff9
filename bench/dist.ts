import { fileURLToPath } from 'node:url';

/** The repository root (the bench runs from `bench/` with tsx). */
export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * Imports a module of the build (`dist/<path>`, `npm run build` first): what starts worker threads
 * (sweeps) must run compiled JavaScript, as users run it. Typed as its source module by the caller.
 */
export async function fromDist<T>(path: string): Promise<T> {
  return (await import(new URL(`../dist/${path}`, import.meta.url).href)) as T;
}
