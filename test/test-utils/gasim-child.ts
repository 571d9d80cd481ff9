import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root: CLI children run `dist/cli.js` from it, as a user does after `npm ci`. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `node dist/cli.js …` in `cwd` (default the root); resolves with the exit code and both streams. */
export function gasimChild(args: readonly string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [`${ROOT}dist/cli.js`, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, out, err) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, out, err });
    });
  });
}
