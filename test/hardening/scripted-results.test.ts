import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../test-utils/io.js';

// issue 18: scripted results that cannot be used in the run ended in exit 3 ("a bug in gasim");
// both are located input errors (exit 2) with a fix, in validate and in run
const HOSTILE = new URL('../fixtures/hostile/', import.meta.url).pathname;

async function gasim(...argv: string[]) {
  const io = captureIo();
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('scripted results that do not fit the ballot they designate', () => {
  it.each(['validate', 'run'])('%s: counts naming a candidate dropped on an earlier ballot, at the script entry', async (command) => {
    const file = `${HOSTILE}scripted-dropped-candidate.yaml`;
    const r = await gasim(command, file);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${file}:18:7: the scripted ballot 2 on 'president': gamma is not on the paper of this ballot (alpha, beta) — gamma: dropped after ballot 1`);
    expect(r.err).toContain('(hint: script only the candidates on the paper)');
    expect(r.err).not.toContain('internal error');
  });

  it.each(['validate', 'run'])('%s: papers above the electorate left after suspensions, at the script entry', async (command) => {
    const file = `${HOSTILE}scripted-above-electorate.yaml`;
    const r = await gasim(command, file);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${file}:74:7: the scripted ballot 1 on 'budget-2029': 193 papers for the 183 members entitled to vote in this ballot`);
    expect(r.err).toContain('[scenario/scripted-exceeds-electorate voting.scripted[0]]');
    expect(r.err).not.toContain('internal error');
  });
});
