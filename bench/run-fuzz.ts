import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { readFuzzCorpus } from '../src/testing/fuzz/corpus.js';
import { fuzzProperties } from '../src/testing/fuzz/properties.js';
import { validateCommandProperty } from '../src/testing/fuzz/cli-property.js';

/**
 * `npm run fuzz`: the properties of `npm test` with 1,000,000 inputs in all (GASIM_FUZZ_RUNS to
 * change it), 1% of them through `gasim validate`. Progress on stderr; exit 1 with the shrunk
 * counterexample on any failure.
 */
async function fuzz(): Promise<number> {
  const total = Number(process.env.GASIM_FUZZ_RUNS ?? 1_000_000);
  const seed = Number(process.env.GASIM_FUZZ_SEED ?? Date.now() % 2 ** 31);
  const corpus = readFuzzCorpus(new URL('..', import.meta.url).pathname);
  const dir = mkdtempSync(join(tmpdir(), 'gasim-fuzz-'));
  const properties = fuzzProperties(corpus);
  const weight = properties.reduce((sum, p) => sum + p.weight, 0);
  const cliRuns = Math.round(total / 100);
  const started = performance.now();
  let done = 0;
  let failed = 0;
  const progress = (name: string, runs: number) => {
    done += runs;
    process.stderr.write(`fuzz: ${done.toLocaleString('en')}/${total.toLocaleString('en')} inputs · ${Math.round((performance.now() - started) / 1000)} s · ${name}\n`);
  };
  const report = (name: string, details: fc.RunDetails<[string]>) => {
    if (!details.failed) return;
    failed += 1;
    process.stderr.write(`\nFAILED ${name} (seed ${seed}, path "${details.counterexamplePath}")\n${fc.defaultReportMessage(details) ?? ''}\n`);
  };
  try {
    for (const p of properties) {
      const runs = Math.round(((total - cliRuns) * p.weight) / weight);
      for (let chunk = 0; chunk < runs; chunk += 10_000) {
        const n = Math.min(10_000, runs - chunk);
        const details = fc.check(p.property, { numRuns: n, seed: seed + chunk });
        report(p.name, details);
        progress(p.name, n);
        if (details.failed) break;
      }
    }
    const details = await fc.check(validateCommandProperty(dir, corpus.scenarios.map((s) => s.text)), { numRuns: cliRuns, seed });
    report('gasim validate on hostile files', details);
    progress('gasim validate on hostile files', cliRuns);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stderr.write(`fuzz: ${done.toLocaleString('en')} inputs in ${Math.round((performance.now() - started) / 1000)} s, seed ${seed}: ${failed === 0 ? 'no failures' : `${failed} properties failed`}\n`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await fuzz();
