import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arbHostileTextPlan, checkHostileText, hostileScenarioText, type HostileTextPlan } from '../fuzz/hostile-text.js';
import { caseClass, DISK_FULL_CASES, prepareHostileDir, READERS, runProcessCase, SPECIAL_INPUTS, type ProcessCase } from '../fuzz/hostile-files.js';
import { checkSemanticCli } from '../fuzz/semantic-cli.js';
import { arbScenarioPlan, checkSemanticInput } from '../fuzz/semantic-scenario.js';
import { propertyRuns } from '../test-utils/property-runs.js';

// The fuzz classes of issue 18 (item 7), bounded: `npm run fuzz` runs the same checks on a million
// inputs (bench/run-fuzz.ts). The process cases run `node dist/cli.js` (built by the global setup).
const dir = mkdtempSync(join(tmpdir(), 'gasim-fuzz-classes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('semantic scenarios, run end to end (issue 18)', () => {
  const runs = propertyRuns(200, 60);
  it(`${runs} random valid scenarios: located refusals only, same seed same run, under the cap, secret ballots as totals`, () => {
    const outcomes: Record<string, number> = {};
    fc.assert(
      fc.property(arbScenarioPlan, (plan) => {
        const outcome = checkSemanticInput(plan);
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      }),
      { numRuns: runs, seed: 18 },
    );
    // the generator's point is scenarios that run: most of them must, not only refusals
    expect(outcomes.ran ?? 0).toBeGreaterThan(runs / 2);
  });

  it('gasim run --seed S --json gives the result runScenario gives, or a located refusal with a fix', async () => {
    await fc.assert(fc.asyncProperty(arbScenarioPlan, async (plan) => void (await checkSemanticCli(dir, plan))), { numRuns: 10, seed: 18 });
  });
});

describe('control characters and bidi in names and keys (issue 18)', () => {
  it('never reach the terminal raw through validate or run, and never start a Markdown heading', async () => {
    await fc.assert(fc.asyncProperty(arbHostileTextPlan, (p) => checkHostileText(dir, p).then(() => undefined)), { numRuns: 20, seed: 18 });
  });

  it('the generator does plant them: the scenario text carries the snippet, escaped by YAML', () => {
    const [p] = fc.sample(arbHostileTextPlan.map((x): HostileTextPlan => ({ ...x, every: 1, snippets: ['\u001b]0;pwned\u0007'] })), { numRuns: 1, seed: 3 });
    expect(hostileScenarioText(p!)).toContain('\\e]0;pwned\\a');
  });
});

describe('special files, two writers at once, a full disk (issue 18)', () => {
  beforeAll(async () => void (await prepareHostileDir(join(dir, 'hostile'))), 120_000);

  // every reader once and every special input once (the n-th reader gets the n-th input), each
  // writer race once, each disk-full case once; `npm run fuzz` goes through every pair
  const cases: ProcessCase[] = [
    ...READERS.map((reader, n) => ({ kind: 'special' as const, reader, input: SPECIAL_INPUTS[n % SPECIAL_INPUTS.length]! })),
    { kind: 'concurrent' },
    ...DISK_FULL_CASES.map((which) => ({ kind: 'disk-full' as const, which })),
  ];
  it.concurrent.each(cases.map((c, n) => [`${caseClass(c)}: ${c.kind === 'special' ? `${c.reader.name} ${c.input}` : c.kind === 'disk-full' ? c.which : 'run --journal, resume'}`, c, n] as const))(
    '%s: a documented exit (not 3), no hang over 10 s, no stack trace',
    async (_name, c, n) => {
      expect(await runProcessCase(join(dir, 'hostile'), c, n)).toBeUndefined();
    },
    60_000,
  );
});
