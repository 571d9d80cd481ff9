import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Runs one of the bench's child scripts (`name`, a TypeScript file next to this module in bench/)
 * in a fresh node process with tsx, with `nodeFlags` before it and `args` after, and parses the one
 * JSON line it prints.
 */
export async function jsonChild<T>(name: string, args: readonly string[], nodeFlags: readonly string[] = []): Promise<T> {
  const script = fileURLToPath(new URL(`./${name}`, import.meta.url));
  const { stdout } = await run(process.execPath, ['--import', 'tsx', ...nodeFlags, script, ...args], { maxBuffer: 1 << 20, cwd: fileURLToPath(new URL('../', import.meta.url)) });
  return JSON.parse(stdout) as T;
}
