import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { validateCommandProperty } from './cli-property.js';
import { readFuzzCorpus } from './corpus.js';
import { mutatedJournal } from './journal-text.js';
import { checkJournalInput, checkLoaderInput } from './properties.js';
import { documentText, mutatedScenario, randomBytesText, randomText } from './scenario-text.js';
import { arbHostileTextPlan, checkHostileText } from './hostile-text.js';
import { arbScenarioPlan, checkSemanticInput } from './semantic-scenario.js';
import { semanticCliProperty } from './semantic-cli.js';

/**
 * The in-process classes of `npm run fuzz` (bench/run-fuzz.ts) and of the bounded fuzz test: the
 * loader and journal properties of issue 9, `gasim validate` on hostile files, the semantic
 * scenarios of issue 18 (library and CLI), and the control-character class. Each is a fast-check
 * property with a weight (its share of the inputs); `tally` counts what became of each input
 * (ran, refused, …) for the summary.
 */
export interface FuzzClass {
  readonly name: string;
  readonly weight: number;
  readonly property: fc.IPropertyWithHooks<[never]> | fc.IAsyncPropertyWithHooks<[never]>;
}

export type Tally = (outcome: string) => void;

/** The classes, built once per worker; `dir` is a scratch directory the CLI classes write into. */
export function fuzzClasses(tally: Tally, dir = mkdtempSync(join(tmpdir(), 'gasim-fuzz-'))): FuzzClass[] {
  const corpus = readFuzzCorpus(new URL('../..', import.meta.url).pathname);
  // the properties of `npm test` (test/fuzz/properties.ts), whose 2 s wall-clock bound per
  // input is counted here instead of failing: on a saturated machine the 10 s watchdog of the
  // runner, on the input's own time, is the bound; the summary shows how many took over 2 s
  const walled = (check: () => void) => {
    try {
      check();
      tally('ok');
    } catch (error) {
      if (!/^took \d+ ms \(bound \d+ ms\)$/.test((error as Error).message)) throw error;
      tally('over 2 s of wall time');
    }
  };
  const scenarios = corpus.scenarios.map((s) => mutatedScenario(s.text));
  const loader = (name: string, weight: number, arb: fc.Arbitrary<string>) => ({ name, weight, property: fc.property(arb, (text) => walled(() => checkLoaderInput(text))) as unknown as FuzzClass['property'] });
  const old = [
    loader('loader: random strings', 60, randomText),
    loader('loader: random bytes', 60, randomBytesText),
    loader('loader: random YAML and JSON documents', 40, documentText),
    loader('loader: mutations of every real scenario', 30, fc.oneof(...scenarios)),
    {
      name: 'journal: mutations of a real journal, then replay',
      weight: 10,
      property: fc.property(mutatedJournal(corpus.journal.text), (t) => walled(() => checkJournalInput(t, corpus.journal))) as unknown as FuzzClass['property'],
    },
  ];
  const texts = corpus.scenarios.map((s) => s.text);
  return [
    ...old,
    { name: 'gasim validate on hostile files', weight: 1, property: validateCommandProperty(dir, texts) as unknown as FuzzClass['property'] },
    {
      name: 'semantic scenarios, run end to end',
      weight: 4,
      property: fc.property(arbScenarioPlan, (plan) => void tally(checkSemanticInput(plan))) as unknown as FuzzClass['property'],
    },
    { name: 'semantic scenarios through gasim run', weight: 1, property: semanticCliProperty(dir, tally) as unknown as FuzzClass['property'] },
    {
      name: 'control characters and bidi in names and keys',
      weight: 1,
      property: fc.asyncProperty(arbHostileTextPlan, async (p) => void tally(await checkHostileText(dir, p))) as unknown as FuzzClass['property'],
    },
  ];
}
