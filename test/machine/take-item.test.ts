import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import { phaseOf } from '../../src/machine/autopilot.js';
import { formatJournal, journalHeader, parseJournal } from '../../src/journal/journal.js';
import { createEngine } from '../../src/machine/session-driver.js';
import { createSession } from '../../src/sim/session.js';
import { createSessionSetup } from '../../src/scenario/session-setup.js';
import { prepareScenario, runHeadless, runSession } from '../../src/sim/run-session.js';
import { deriveSeed } from '../../src/random/derive-seed.js';
import { allScenarioFiles, loadScenarioFile } from './support/scenarios.js';

/** The run's final context, or the error it ended with (a rule set without a ballot limit). */
function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
}

// issue 15 item 1: headless runs take an agenda item as one event through the same recipes and
// guards; the context they end with must be the one the item's own events leave, for every scenario
describe.each(allScenarioFiles())('chair.takeItem on %s', (file) => {
  const { scenario } = loadScenarioFile(file);
  const prepared = prepareScenario(scenario);
  const seeds = file.includes('two-thirds-every-ballot') ? [deriveSeed(1, 0)] : [scenario.seed, ...Array.from({ length: 4 }, (_, i) => deriveSeed(1, i))];

  it.each(seeds)('ends seed %i exactly where the item-by-item events do', (seed) => {
    const whole = outcome(() => runHeadless(prepared, seed));
    const fine = outcome(() => runSession(prepared, seed).snapshot.context);
    // deep equality of the whole context: statuses, records, log lines and their seq, committee, generator
    expect(isDeepStrictEqual(whole, fine)).toBe(true);
  });
});

describe('chair.takeItem outside a headless run', () => {
  const { text, scenario } = loadScenarioFile('scenarios/marrakech-2025.yaml');
  const setup = createSessionSetup(scenario);

  it('is refused by an engine made without voters, which changes nothing but the rejection', () => {
    const session = createSession(createEngine(setup), scenario.seed);
    session.send({ type: 'chair.openSession' });
    const before = session.snapshot;
    const outcome = session.send({ type: 'chair.takeItem' });
    expect(outcome).toMatchObject({ accepted: false, rejection: { code: 'event/headless-only' } });
    expect(session.snapshot.context).toEqual({ ...before.context, lastRejection: outcome.rejection, rejections: before.context.rejections + 1 });
    expect(session.events).toHaveLength(1);
  });

  it('is refused in debate: only the floor takes an item (R5.5)', () => {
    const session = createSession(prepareScenario(scenario).engine, scenario.seed);
    session.send({ type: 'chair.openSession' });
    session.send({ type: 'chair.openItem' });
    expect(phaseOf(session.snapshot)).toBe('debate');
    expect(session.send({ type: 'chair.takeItem' })).toMatchObject({ accepted: false, rejection: { code: 'event/not-allowed' } });
  });

  it('is refused when the day has no item left to take', () => {
    const session = createSession(prepareScenario(scenario).engine, scenario.seed);
    session.send({ type: 'chair.openSession' });
    while (session.send({ type: 'chair.takeItem' }).accepted);
    expect(session.snapshot.context.lastRejection?.code).toBe('item/none-pending');
    expect(phaseOf(session.snapshot)).toBe('floor');
  });

  it('is never journaled: a journal line carrying it is refused with the reason', () => {
    const header = journalHeader({ version: 'test', scenarioId: scenario.id, scenarioFile: 'm.yaml', scenarioText: text, seed: 1 });
    const journal = formatJournal(header, [{ type: 'chair.openSession' }, { type: 'chair.takeItem' }]);
    const parsed = parseJournal(journal);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatchObject({ code: 'journal/headless-event', line: 3 });
  });
});
