import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import fc from 'fast-check';
import { main } from '../../src/cli/main.js';
import type { CommandIo } from '../../src/cli/command.js';
import { mutatedScenario, randomBytesText } from './scenario-text.js';

function captureIo(cwd: string): CommandIo & { err: () => string } {
  let err = '';
  const sink = (append: (s: string) => void) => new Writable({ write: (chunk, _enc, done) => (append(String(chunk)), done()) });
  return { stdout: sink(() => {}), stderr: sink((s) => (err += s)), stdin: new PassThrough(), cwd, env: {}, err: () => err };
}

/** `gasim validate <file>` on a hostile file: exit 0 or 2, located messages, never a stack trace. */
export async function checkValidateCommand(dir: string, text: string): Promise<void> {
  writeFileSync(join(dir, 'fuzz.yaml'), text);
  const io = captureIo(dir);
  const code = await main(['validate', 'fuzz.yaml'], io);
  const err = io.err();
  if (code !== 0 && code !== 2) throw new Error(`exit ${code}: ${err}`);
  if (/\n\s+at /.test(err)) throw new Error(`a stack trace was printed: ${err}`);
  if (code === 2 && !/^fuzz\.yaml:[1-9]\d*:[1-9]\d*: /m.test(err)) throw new Error(`no located message: ${err}`);
}

/** The CLI property over random bytes and mutations of the real scenarios, writing into `dir`. */
export function validateCommandProperty(dir: string, scenarioTexts: readonly string[]): fc.IAsyncProperty<[string]> {
  return fc.asyncProperty(fc.oneof(randomBytesText, ...scenarioTexts.map(mutatedScenario)), (text) => checkValidateCommand(dir, text));
}
