// Module hooks for trace-imports.mjs (run on Node's hooks thread): append every resolved URL to a file.
import { appendFileSync } from 'node:fs';

let file = '';

/** @type {import('node:module').InitializeHook<{ file: string }>} */
export const initialize = (data) => {
  file = data.file;
};

/** @type {import('node:module').ResolveHook} */
export const resolve = async (specifier, context, nextResolve) => {
  const resolved = await nextResolve(specifier, context);
  appendFileSync(file, `${resolved.url}\n`);
  return resolved;
};
