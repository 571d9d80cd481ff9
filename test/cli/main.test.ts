import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../test-utils/io.js';

describe('gasim', () => {
  it('prints its version', async () => {
    const io = captureIo();
    expect(await main(['--version'], io)).toBe(0);
    expect(io.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('rejects an unknown command with exit code 2 and a fix', async () => {
    const io = captureIo();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.err()).toContain("gasim: unknown command 'frobnicate'");
    expect(io.err()).toContain('fix:');
  });
});
