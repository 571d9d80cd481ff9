import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../test-utils/io.js';

describe('gasim tui', () => {
  it('explains that it needs a terminal, suggests gasim run, and exits 5 (no TTY here)', async () => {
    const io = captureIo();
    expect(await main(['tui'], io)).toBe(5);
    expect(io.err()).toBe(
      'gasim: the terminal UI needs an interactive terminal (stdin and stdout are not a TTY)\n' +
        '  fix: run it in a terminal, or use `gasim run scenarios/marrakech-2025.yaml` for the minutes without a terminal\n',
    );
    expect(io.out()).toBe('');
  });

  it('rejects an unknown option with exit code 2 and a fix', async () => {
    const io = captureIo();
    expect(await main(['tui', '--sed', '3'], io)).toBe(2);
    expect(io.err()).toMatch(/^gasim: .*--sed/);
    expect(io.err()).toContain('fix:');
  });
});
