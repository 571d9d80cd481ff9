import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../test-utils/io.js';

/** Runs `gasim` in-process from the repository root; resolves to the exit code and the output. */
export async function gasim(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo({ cwd: resolve('.') });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

/** `gasim … --json`, parsed; a failing command fails the test with its stderr. */
export async function gasimJson(...args: string[]): Promise<any> {
  const { code, out, err } = await gasim(...args);
  if (code !== 0) throw new Error(`gasim ${args.join(' ')} exited ${code}: ${err}`);
  return JSON.parse(out);
}
gasimJson.raw = gasim;

/** Writes a scenario text to a fresh temporary file and returns its path. */
export function scenarioFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'gasim-fidelity-')), name);
  writeFileSync(file, text);
  return file;
}
