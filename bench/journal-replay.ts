// `npm run bench:journal -- JOURNAL [SCENARIO]`: how long a journal takes to replay
// (parse, then every event through the machine), at 1/8, 1/4, 1/2 and all of its lines (issue 18:
// the documented maximum must replay within 60 s). A measurement script, not a test.
import { readFileSync } from 'node:fs';
import { parseJournal } from '../src/journal/journal.js';
import { createEngine } from '../src/machine/session-driver.js';
import { createSession } from '../src/sim/session.js';
import { createSessionSetup } from '../src/scenario/session-setup.js';
import { loadScenarioText } from '../src/scenario/load-scenario.js';

const [file, scenarioFile] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: journal-replay JOURNAL [SCENARIO]');
const text = readFileSync(file, 'utf8');
const parsed = parseJournal(text);
if (!parsed.ok) throw new Error(`${file}: ${parsed.problems[0]?.message}`);
const scenarioPath = scenarioFile ?? parsed.value.header.scenarioFile;
const loaded = loadScenarioText(readFileSync(scenarioPath, 'utf8'), scenarioPath);
if (!loaded.ok) throw new Error(`${scenarioPath} does not load`);
const setup = createSessionSetup(loaded.value.scenario);
const events = parsed.value.events;
for (const fraction of [8, 4, 2, 1]) {
  const count = Math.floor(events.length / fraction);
  const started = performance.now();
  const reparsed = parseJournal(text.split('\n').slice(0, count + 1).join('\n') + '\n');
  if (!reparsed.ok) throw new Error('prefix does not parse');
  const session = createSession(createEngine(setup), parsed.value.header.seed);
  for (const event of reparsed.value.events) session.send(event);
  const ms = performance.now() - started;
  console.log(`${count} events: ${(ms / 1000).toFixed(2)} s (${((ms * 1000) / Math.max(1, count)).toFixed(0)} µs per event)`);
}
