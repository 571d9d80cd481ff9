import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { continueSession } from '../../src/sim/continue-session.js';
import { formatJournal, journalHeader } from '../../src/journal/journal.js';
import { createEngine } from '../../src/machine/session-driver.js';
import { createSession } from '../../src/sim/session.js';
import { createSessionSetup } from '../../src/scenario/session-setup.js';
import { loadScenarioText } from '../../src/scenario/load-scenario.js';
import { compileBehaviour } from '../../src/sim/behaviour/index.js';
import { createVoter } from '../../src/sim/voter.js';
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
