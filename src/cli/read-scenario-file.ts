import { open, stat } from 'node:fs/promises';
import { DEFAULT_LIMITS } from '../scenario/yaml-limits.js';

/** Why a scenario file could not be read, with a fix; the command prints it and exits 2. */
export interface ReadFailure {
  readonly message: string;
  readonly hint: string;
}

export type ReadOutcome = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly failure: ReadFailure };

/**
 * Reads a scenario file as UTF-8 text. The size is checked on `stat` before anything is read, so
 * that a huge file is refused at once; binary and non-UTF-8 content are refused too.
 */
export async function readScenarioFile(path: string, maxBytes: number = DEFAULT_LIMITS.maxBytes): Promise<ReadOutcome> {
  const refuse = (message: string, hint: string): ReadOutcome => ({ ok: false, failure: { message, hint } });
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return refuse('is a directory, not a scenario file', `give a .yaml file, e.g. ${path.replace(/\/$/, '')}/<name>.yaml`);
    if (!info.isFile()) return refuse('is not a regular file', 'give a .yaml scenario file');
    size = info.size;
  } catch (error) {
    return fsFailure(error, refuse);
  }
  if (size > maxBytes) return refuse(`is ${size} bytes; the limit is ${maxBytes}`, 'a scenario file is a few kilobytes; check that this is the right file');
  if (size === 0) return refuse('is empty', 'a scenario starts with `format: gasim/scenario@1`; see scenarios/ for examples');
  let bytes: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      // read at most one byte past the limit, in case the file grew since stat
      const buffer = Buffer.alloc(maxBytes + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      bytes = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return fsFailure(error, refuse);
  }
  if (bytes.length > maxBytes) return refuse(`is larger than the limit of ${maxBytes} bytes`, 'check that this is the right file');
  if (bytes.includes(0)) return refuse('is a binary file, not YAML text', 'give a .yaml scenario file');
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
  } catch {
    return refuse('is not UTF-8 text', 'save the file as UTF-8');
  }
}

function fsFailure(error: unknown, refuse: (message: string, hint: string) => ReadOutcome): ReadOutcome {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return refuse('no such file', 'check the path; scenarios live in scenarios/');
  if (code === 'EACCES' || code === 'EPERM') return refuse('cannot be read (permission denied)', 'check the file permissions');
  if (code === 'EISDIR') return refuse('is a directory, not a scenario file', 'give a .yaml file');
  return refuse(`cannot be read (${code ?? 'unknown error'})`, 'check the path and permissions');
}
