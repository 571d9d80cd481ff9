import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../test-utils/io.js';

// issue 18: `gasim check` wrote counterexamples that `gasim validate` refused; every file it writes
// under --out must pass validate (all three stages, including the run that uses every script)
const dir = mkdtempSync(join(tmpdir(), 'gasim-cx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function gasim(...argv: string[]) {
  const io = captureIo({ cwd: dir });
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('gasim check counterexamples', () => {
  it.each([
    ['plurality', 'elections: { delegateBallot: multi-seat, otherMajority: plurality }', 'majority-criterion'],
    ['abstentions', 'counting: { abstentionsInBase: true, invalidInBase: true }', 'majority-criterion'],
    ['quorum', 'quorum: { enabled: true, countSuspended: true, withoutQuorum: defer }', 'quorum'],
  ])('%s: every counterexample written under --out validates', async (name, rules, axiom) => {
    writeFileSync(join(dir, `${name}.yaml`), `format: gasim/rules@1\n${rules}\n`);
    const checked = await gasim('check', `${name}.yaml`, '--axiom', axiom, '--runs', '100', '--out', `out-${name}`);
    expect(checked.code).toBe(1);
    const written = readdirSync(join(dir, `out-${name}`)).map((f) => join(`out-${name}`, f));
    expect(written).toEqual([join(`out-${name}`, `${name}-${axiom}.yaml`)]);
    const validated = await gasim('validate', ...written);
    expect(validated.err).toBe('');
    expect(validated.code).toBe(0);
    expect(validated.out).toMatch(/: ok \(/u);
  });
});
