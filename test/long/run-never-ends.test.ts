import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../test-utils/io.js';

// Moved from test/cli/run.test.ts: the run goes to the 5,000-event cap (about a minute on the 2-core
// machine, and it timed out at 120 s when the machine was shared), so it is a long run.
async function gasim(...args: string[]) {
  const io = captureIo();
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('gasim run on a rule set that never ends an election', () => {
  it('stops with exit 2 and says how to fix the rule set', async () => {
    const { code, err } = await gasim('run', resolve('scenarios/variant-two-thirds-every-ballot.yaml'));
    expect(code).toBe(2);
    expect(err).toMatch(/^gasim: the session does not end: item president was still balloting after \d+ ballots \(5000 events\)\n/);
    expect(err).toContain('fix: the rule set has no ballot limit');
  });
});
