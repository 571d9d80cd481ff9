import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { continueSession } from '../../machine/continue-session.js';
import { formatJournal, journalHeader } from '../../journal/journal.js';
import { createEngine, createSession } from '../../machine/session-driver.js';
import { createSessionSetup } from '../../scenario/session-setup.js';
import { loadScenarioText } from '../../scenario/load-scenario.js';
import { compileBehaviour } from '../../sim/behaviour/index.js';
import { createVoter } from '../../sim/voter.js';
import type { FuzzCorpus } from './properties.js';

/** Reads the real scenarios of `<root>/scenarios` and journals one real run (the smallest scenario). */
export function readFuzzCorpus(root: string, journalScenario = 'constitution-amendment-fails.yaml'): FuzzCorpus {
  const dir = join(root, 'scenarios');
  const scenarios = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
  const { text } = scenarios.find((s) => s.file === journalScenario)!;
  const loaded = loadScenarioText(text, journalScenario);
  if (!loaded.ok) throw new Error(`${journalScenario} does not load`);
  const setup = createSessionSetup(loaded.value.scenario);
  const seed = 5;
  const events = continueSession(createSession(createEngine(setup), seed), createVoter(compileBehaviour(loaded.value.scenario), seed)).events;
  const header = journalHeader({ version: 'fuzz', scenarioId: loaded.value.scenario.id, scenarioFile: journalScenario, scenarioText: text, seed });
  return { scenarios, journal: { text: formatJournal(header, events), setup, seed } };
}
