import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gasimChild, ROOT } from '../test-utils/gasim-child.js';

// issue 18: two processes appending the same journal spliced it; now the second is refused while
// the first runs, and a lock left by a killed process is taken over
const dir = mkdtempSync(join(tmpdir(), 'gasim-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const until = async (ready: () => boolean, ms = 60_000) => {
  const end = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > end) throw new Error('timed out waiting for the first run');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('a journal is locked for the duration of a run or resume', () => {
  it('refuses a second process with the holder and a fix, then takes over the lock of a killed one', async () => {
    const journal = join(dir, 'j.jsonl');
    const first = spawn(process.execPath, [`${ROOT}dist/cli.js`, 'run', 'scenarios/marrakech-2025.yaml', '--journal', journal], {
      cwd: ROOT,
      env: { ...process.env, GASIM_SLOW_EVENTS_MS: '300' },
      stdio: 'ignore',
    });
    const ended = new Promise((r) => first.once('exit', r));
    try {
      await until(() => existsSync(`${journal}.lock`) && existsSync(journal) && readFileSync(journal, 'utf8').split('\n').length > 3);
      expect(readFileSync(`${journal}.lock`, 'utf8').trim()).toBe(String(first.pid));

      const resumed = await gasimChild(['resume', journal]);
      expect(resumed.code).toBe(2);
      expect(resumed.err).toContain(`gasim: journal ${journal} is in use by process ${first.pid}`);
      expect(resumed.err).toContain('--journal-out NEW.jsonl');

      const rerun = await gasimChild(['run', 'scenarios/marrakech-2025.yaml', '--journal', journal, '--force']);
      expect(rerun.code).toBe(2);
      expect(rerun.err).toContain(`is in use by process ${first.pid}`);
    } finally {
      first.kill('SIGKILL');
      await ended;
    }
    // the killed run left its lock; the next resume takes it over, finishes the journal and removes the lock
    expect(existsSync(`${journal}.lock`)).toBe(true);
    const taken = await gasimChild(['resume', journal]);
    expect(taken.err).toContain(`note: ${journal}.lock was left by process ${first.pid}, which has ended; taking the journal over`);
    expect(taken.code).toBe(0);
    expect(existsSync(`${journal}.lock`)).toBe(false);
    expect((await gasimChild(['verify', journal])).code).toBe(0);
  }, 180_000);
});
