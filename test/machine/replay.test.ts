import { describe, expect, it } from 'vitest';
import { phaseOf } from '../../src/machine/autopilot.js';
import { continueSession } from '../../src/sim/continue-session.js';
import { defaultVoter } from './support/default-voter.js';
import { formatJournal, journalHeader, parseJournal, replay } from '../../src/journal/journal.js';
import { createEngine } from '../../src/machine/session-driver.js';
import { createSession } from '../../src/sim/session.js';
import { createSessionSetup } from '../../src/scenario/session-setup.js';
import { allScenarioFiles, loadScenarioFile } from './support/scenarios.js';

/** Resumes from a journal's text as `gasim resume` does: parse, replay, continue to the end. */
function resumeFrom(text: string, setup: ReturnType<typeof createSessionSetup>) {
  const parsed = parseJournal(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const session = createSession(createEngine(setup), parsed.value.header.seed);
  for (const event of parsed.value.events) expect(session.send(event).accepted).toBe(true);
  return { parsed: parsed.value, session: continueSession(session, defaultVoter) };
}

describe.each(allScenarioFiles())('%s', (file) => {
  const { text, scenario } = loadScenarioFile(file);
  const setup = createSessionSetup(scenario);
  const live = continueSession(createSession(createEngine(setup), scenario.seed), defaultVoter);
  const header = journalHeader({ version: 'test', scenarioId: scenario.id, scenarioFile: file, scenarioText: text, seed: scenario.seed });
  const journal = formatJournal(header, live.events);

  it('runs to the close of the session', () => {
    expect(phaseOf(live.snapshot)).toBe('closed');
  });

  it('replays its journal to the live snapshot', () => {
    const parsed = parseJournal(journal);
    expect(parsed.ok && parsed.value.torn).toBe(false);
    if (!parsed.ok) return;
    const replayed = replay(setup, parsed.value.header.seed, parsed.value.events);
    expect(replayed.value).toEqual(live.snapshot.value);
    expect(replayed.context).toEqual(live.snapshot.context);
  });

  const lines = journal.split('\n');
  const cuts = [1, 2, Math.floor(lines.length / 3), Math.floor(lines.length / 2), lines.length - 3];
  it.each(cuts)('resumes from the first %i lines to the same final context', (cut) => {
    const prefix = lines.slice(0, cut).join('\n') + '\n';
    const { session } = resumeFrom(prefix, setup);
    expect(session.snapshot.context).toEqual(live.snapshot.context);
    expect(session.events).toEqual(live.events);
  });

  it('drops a torn last line, reports it, and still finishes the same', () => {
    const cut = Math.floor(lines.length / 2);
    const torn = lines.slice(0, cut).join('\n') + '\n' + lines[cut]!.slice(0, 7);
    const { parsed, session } = resumeFrom(torn, setup);
    expect(parsed).toMatchObject({ torn: true, tornLine: cut + 1 });
    expect(session.snapshot.context).toEqual(live.snapshot.context);
  });
});
