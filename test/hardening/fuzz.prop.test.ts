import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { validateCommandProperty } from '../fuzz/cli-property.js';
import { readFuzzCorpus } from '../fuzz/corpus.js';
import { fuzzProperties } from '../fuzz/properties.js';
import { propertyRuns } from '../test-utils/property-runs.js';

const corpus = readFuzzCorpus(new URL('../..', import.meta.url).pathname);
const dir = mkdtempSync(join(tmpdir(), 'gasim-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// 10,000 inputs shared out by weight, plus 30 through the CLI (issue 9: at least 10,000 in npm test);
// the CLI's 300 in `npm run test:long` (each validate runs the session: a mutated scenario may ballot
// for thousands of events); `npm run fuzz` runs the same properties 1,000,000 times
const TOTAL_RUNS = 10_000;
const properties = fuzzProperties(corpus);
const totalWeight = properties.reduce((sum, p) => sum + p.weight, 0);

describe('fuzzing the loader and the journal (issue 9)', () => {
  it.each(properties.map((p) => [p.name, p] as const))('%s: every input ends in a located Result, never an exception or a hang', (_name, p) => {
    fc.assert(p.property, { numRuns: Math.round((TOTAL_RUNS * p.weight) / totalWeight) });
  });

  it('gasim validate on hostile files exits 0 or 2 with located messages and no stack trace', async () => {
    await fc.assert(validateCommandProperty(dir, corpus.scenarios.map((s) => s.text)), { numRuns: propertyRuns(300, 30) });
  }, 600_000); // a generous bound, not a timing: 300 runs take about 30 s on an idle 2-core machine, minutes when it is shared
});
