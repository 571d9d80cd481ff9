import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gasim, scenarioFile } from '../fidelity/support.js';

// `voting.model.withdrawals` was silently ignored by every run of the session (only a test stand-in
// read it). Until runs send the withdrawal as an event (R6.6), validate says so at its place.
describe('voting.model.withdrawals', () => {
  it('is a located warning, not a silent ignore (gasim validate)', async () => {
    const text = readFileSync('test/fixtures/conformance/elections.yaml', 'utf8').replace('voting:\n', 'voting:\n  model:\n    withdrawals:\n      - { item: president, candidate: souza, beforeBallot: 3 }\n');
    const { code, out, err } = await gasim('validate', scenarioFile('withdrawals.yaml', text));
    expect(code).toBe(0);
    expect(out).toContain('withdrawals.yaml: ok');
    expect(err).toMatch(/withdrawals\.yaml:\d+:\d+: warning: the withdrawal of 'souza' before ballot 3 of 'president' is not applied by gasim run, sweep or the TUI \[scenario\/withdrawal-not-applied voting\.model\.withdrawals\[0\]\]/);
  });
});
