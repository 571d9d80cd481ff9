import fc from 'fast-check';
import { parseJournal, replay } from '../../src/journal/journal.js';
import type { SessionSetup } from '../../src/scenario/session-setup.js';
import { loadScenarioText } from '../../src/scenario/load-scenario.js';
import { mutatedJournal } from './journal-text.js';
import { documentText, mutatedScenario, randomBytesText, randomText } from './scenario-text.js';

/** A bound on one input, far above the few milliseconds a real one takes: a hang fails the property. */
export const MAX_MS_PER_INPUT = 2000;

/** What the fuzz properties run on: the real scenarios and one real journal with what replays it. */
export interface FuzzCorpus {
  readonly scenarios: readonly { readonly file: string; readonly text: string }[];
  readonly journal: { readonly text: string; readonly setup: SessionSetup; readonly seed: number };
}

/** One fuzz property: a name, its inputs and a check that throws on failure; `weight` shares out runs. */
export interface FuzzProperty {
  readonly name: string;
  readonly weight: number;
  readonly property: fc.IProperty<[string]>;
}

function fail(message: string): never {
  throw new Error(message);
}

function timed<T>(run: () => T): T {
  const started = performance.now();
  const value = run();
  const ms = performance.now() - started;
  if (ms > MAX_MS_PER_INPUT) fail(`took ${Math.round(ms)} ms (bound ${MAX_MS_PER_INPUT} ms)`);
  return value;
}

/** The loader's promise: a valid scenario, or problems each with a message at line ≥ 1, col ≥ 1. */
export function checkLoaderInput(text: string): void {
  const result = timed(() => loadScenarioText(text, 'fuzz.yaml'));
  if (({} as Record<string, unknown>).polluted !== undefined) fail('Object.prototype was polluted');
  if (result.ok) return;
  if (result.problems.length === 0) fail('a failure with no problems');
  for (const p of result.problems) {
    if (!(p.line >= 1 && p.col >= 1)) fail(`problem ${p.code} not located (line ${p.line}, col ${p.col})`);
    if (p.message === '') fail(`problem ${p.code} has no message`);
  }
}

/** The journal's promise: a Result with located problems, and a valid journal replays without throwing. */
export function checkJournalInput(text: string, journal: FuzzCorpus['journal']): void {
  timed(() => {
    const parsed = parseJournal(text);
    if (({} as Record<string, unknown>).polluted !== undefined) fail('Object.prototype was polluted');
    if (!parsed.ok) {
      if (parsed.problems.length === 0) fail('a failure with no problems');
      for (const p of parsed.problems) if (!(p.line >= 1) || !p.code.startsWith('journal/')) fail(`bad problem ${JSON.stringify(p)}`);
      return;
    }
    replay(journal.setup, journal.seed, parsed.value.events);
  });
}

/** Every fuzz property over a corpus; tests and `npm run fuzz` share these definitions. */
export function fuzzProperties(corpus: FuzzCorpus): FuzzProperty[] {
  const scenarios = corpus.scenarios.map((s) => mutatedScenario(s.text));
  return [
    { name: 'loader: random strings', weight: 6, property: fc.property(randomText, checkLoaderInput) },
    { name: 'loader: random bytes', weight: 6, property: fc.property(randomBytesText, checkLoaderInput) },
    { name: 'loader: random YAML and JSON documents', weight: 4, property: fc.property(documentText, checkLoaderInput) },
    { name: 'loader: mutations of every real scenario', weight: 3, property: fc.property(fc.oneof(...scenarios), checkLoaderInput) },
    { name: 'journal: mutations of a real journal, then replay', weight: 1, property: fc.property(mutatedJournal(corpus.journal.text), (t) => checkJournalInput(t, corpus.journal)) },
  ];
}
