import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { decideBallot } from '../../src/rules/election/decide-ballot.js';
import { loadScenarioText } from '../../src/scenario/load-scenario.js';
import { captureIo } from '../test-utils/io.js';

const dir = mkdtempSync(join(tmpdir(), 'gasim-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const scenarios = new URL('../../scenarios/', import.meta.url).pathname;

async function check(...argv: string[]) {
  const io = captureIo({ cwd: dir });
  const code = await main(['check', ...argv], io);
  return { code, out: io.out().replace(/ +\d+\n/g, ' <ms>\n'), err: io.err() };
}

describe('gasim check', () => {
  it('finds every axiom held under the INTERPOL rules of marrakech-2025, exit 0', async () => {
    const result = await check(join(scenarios, 'marrakech-2025.yaml'), '--runs', '50');
    expect(result.code).toBe(0);
    expect(result.out).toContain('11 of 11 axioms hold');
    expect(result.out).not.toContain('broken');
  });

  // the variants shipped in scenarios/ and the axiom each is documented to break (docs-draft/check.md)
  it.each([
    ['variant-two-thirds-every-ballot', ['termination']],
    ['variant-plurality', ['majority-criterion']],
    ['variant-quorum-counts-suspended', ['quorum']],
    ['variant-abstentions-in-base', ['abstention-independence', 'majority-criterion']],
  ])('reports %s broken on %j, with counterexample scenarios that validate', async (name, axioms) => {
    const result = await check(join(scenarios, `${name}.yaml`), '--out', name);
    expect(result.code).toBe(1);
    const broken = [...result.out.matchAll(/^([a-z-]+) +broken +\d/gm)].map((m) => m[1]);
    expect(broken).toEqual(axioms);
    for (const axiom of axioms) {
      const text = readFileSync(join(dir, name, `${name}-${axiom}.yaml`), 'utf8');
      const loaded = loadScenarioText(text, 'counterexample.yaml');
      expect(loaded.ok).toBe(true);
      expect(text).toContain(`Axiom ${axiom} broke`);
    }
  });

  it('writes a termination counterexample whose scripted ballots never elect under its rules', async () => {
    writeFileSync(join(dir, 'tt.yaml'), 'format: gasim/rules@1\nelections: { presidentTwoThirdsBallots: 1000, elimination: none, maxBallots: null }\n');
    expect((await check('tt.yaml', '--axiom', 'termination')).code).toBe(1);
    const loaded = loadScenarioText(readFileSync(join(dir, 'counterexamples', 'tt-termination.yaml'), 'utf8'), 'tt.yaml');
    if (!loaded.ok) throw new Error('counterexample does not load');
    const { scenario } = loaded.value;
    const item = scenario.session.days[0]!.items.find((i) => i.kind === 'election')!;
    if (item.kind !== 'election') throw new Error('no election');
    let progress = { post: item.post, region: null, seats: 1, candidates: item.candidates.map((c) => ({ ...c, region: 'EUROPE' as const, nominatedBy: c.member })), rounds: [], elected: [], seatBallot: 0, tieBallots: 0, status: 'balloting' as const, vacant: 0, vacancyReason: null };
    const ballots = scenario.voting.scripted;
    expect(ballots).toHaveLength(100);
    let rng = { a: 1, b: 2, c: 3, d: 4 };
    for (const b of ballots) {
      const step = decideBallot(progress, { entitled: 196, abstain: b.abstain, invalid: b.invalid, votes: b.counts! }, scenario.rules, rng);
      expect(step.round.elected).toEqual([]);
      progress = step.progress as typeof progress;
      rng = step.rng;
    }
  });

  it('a rerun finding the same counterexample exits 1 (issue 17); another counterexample in the file is kept (exit 4) unless --force', async () => {
    writeFileSync(join(dir, 'pl.yaml'), 'format: gasim/rules@1\nelections: { otherMajority: plurality }\n');
    expect((await check('pl.yaml', '--axiom', 'majority-criterion')).code).toBe(1);
    const again = await check('pl.yaml', '--axiom', 'majority-criterion');
    expect(again.code).toBe(1);
    expect(again.out).toContain('majority-criterion: broken');
    const file = join(dir, 'counterexamples', 'pl-majority-criterion.yaml');
    writeFileSync(file, '# a trainer\'s notes\n');
    const kept = await check('pl.yaml', '--axiom', 'majority-criterion');
    expect(kept.code).toBe(4);
    expect(kept.out).toContain('majority-criterion: broken');
    expect(kept.err).toContain('exists with another counterexample; it is kept');
    expect(readFileSync(file, 'utf8')).toBe('# a trainer\'s notes\n');
    expect((await check('pl.yaml', '--axiom', 'majority-criterion', '--force')).code).toBe(1);
  });

  it('--replay SEED:PATH, as printed under a broken axiom, replays the shrunk case (issue 17)', async () => {
    writeFileSync(join(dir, 'pl2.yaml'), 'format: gasim/rules@1\nelections: { otherMajority: plurality }\n');
    const first = await check('pl2.yaml', '--axiom', 'majority-criterion', '--out', 'cx-replay');
    const line = /replay the shrunk case only: gasim check pl2\.yaml --axiom majority-criterion --replay (\S+)/.exec(first.out);
    expect(line).not.toBeNull();
    const replayed = await check('pl2.yaml', '--axiom', 'majority-criterion', '--out', 'cx-replay', '--replay', line![1]!);
    expect(replayed.code).toBe(1);
    expect(replayed.out).toMatch(/majority-criterion +broken +1 /);
    const bad = await check('pl2.yaml', '--replay', line![1]!);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--replay needs --axiom NAME');
  });

  it.each([
    ['a misspelt rule', 'format: gasim/rules@1\nelections: { elimnation: none }\n', /bad\.yaml:2:14: unknown key 'elimnation' in elections; did you mean 'elimination'\?/],
    ['neither rules nor scenario', 'name: x\n', /a rules file starts with 'format: gasim\/rules@1'/],
  ])('rejects %s with exit 2 and a located error', async (_name, text, message) => {
    writeFileSync(join(dir, 'bad.yaml'), text);
    const result = await check('bad.yaml');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });

  it('rejects an unknown axiom with exit 2', async () => {
    const result = await check(join(scenarios, 'marrakech-2025.yaml'), '--axiom', 'fairness');
    expect(result.code).toBe(2);
    expect(result.err).toContain("no axiom 'fairness'");
  });
});
