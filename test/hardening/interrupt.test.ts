import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../test-utils/gasim-child.js';

// a real terminal: tmux on a private socket runs `node dist/cli.js …` and sends the key (issue 18)
const dir = mkdtempSync(join(tmpdir(), 'gasim-interrupt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SCENARIO = join(ROOT, 'test/fixtures/scenarios/small-session.yaml');

async function pressIn(name: string, args: readonly string[], key: string, keepCi = false): Promise<{ code: string; err: string }> {
  const socket = join(dir, `${name}.sock`);
  const rc = join(dir, `${name}.rc`);
  const err = join(dir, `${name}.err`);
  const command = `cd ${dir} && ${process.execPath} ${ROOT}dist/cli.js ${args.join(' ')} 2>${err}; echo $? > ${rc}; sleep 30`;
  // as a person runs it: not in CI, where ink draws nothing until the program exits (is-in-ci)
  const env: NodeJS.ProcessEnv = keepCi ? { ...process.env, CI: 'true' } : { ...process.env };
  if (!keepCi) delete env.CI;
  if (!keepCi) delete env.CONTINUOUS_INTEGRATION;
  execFileSync('tmux', ['-S', socket, 'new-session', '-d', '-x', '100', '-y', '30', `bash -c '${command}'`], { env });
  try {
    // keys go in once the screen is drawn (the terminal is then in raw mode, as a user sees it)
    const drawn = () => execFileSync('tmux', ['-S', socket, 'capture-pane', '-p'], { encoding: 'utf8' }).trim() !== '';
    for (let i = 0; i < 150 && !drawn(); i++) await new Promise((r) => setTimeout(r, 200));
    if (!drawn()) throw new Error(`gasim ${args[0]} drew nothing in 30 s: the key would not reach a screen a person sees`);
    await new Promise((r) => setTimeout(r, 500));
    execFileSync('tmux', ['-S', socket, 'send-keys', key]);
    for (let i = 0; i < 50 && !existsSync(rc); i++) await new Promise((r) => setTimeout(r, 200));
    return { code: existsSync(rc) ? readFileSync(rc, 'utf8').trim() : 'still running', err: existsSync(err) ? readFileSync(err, 'utf8') : '' };
  } finally {
    execFileSync('tmux', ['-S', socket, 'kill-server']);
  }
}

describe('Ctrl-C in the TUI and training, in a real terminal (issue 18)', () => {
  it('gasim tui: Ctrl-C exits 130, q exits 0', async () => {
    expect((await pressIn('tui-c', ['tui', SCENARIO], 'C-c')).code).toBe('130');
    expect((await pressIn('tui-q', ['tui', SCENARIO], 'q')).code).toBe('0');
  });

  it('gasim tui draws for a person at a terminal even when the shell sets CI (ink would draw nothing until the exit)', async () => {
    expect((await pressIn('tui-ci', ['tui', SCENARIO], 'q', true)).code).toBe('0');
  });

  it('gasim train: Ctrl-C exits 130 and says that no debrief was written', async () => {
    const { code, err } = await pressIn('train-c', ['train', SCENARIO, '--report', 'debrief.md'], 'C-c');
    expect(code).toBe('130');
    expect(err).toContain('interrupted (Ctrl-C)');
    expect(existsSync(join(dir, 'debrief.md'))).toBe(false);
  });
});
