import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { VERSION } from '../../src/cli/version.js';
import { votesOfChoices } from '../../src/domain/choices.js';
import { formatJournal, journalHeader } from '../../src/journal/journal.js';
import type { SessionEvent } from '../../src/machine/events.js';
import { createEngine } from '../../src/machine/session-driver.js';
import { compileBehaviour } from '../../src/sim/behaviour/index.js';
import { continueSession } from '../../src/sim/continue-session.js';
import { createSession } from '../../src/sim/session.js';
import { createVoter } from '../../src/sim/voter.js';
import { createSessionSetup } from '../../src/scenario/session-setup.js';
import { loadScenarioFile } from '../machine/support/scenarios.js';
import { captureIo } from '../test-utils/io.js';

/**
 * Issue 15: "a journal written before the change still replays". Recorded ballots used to be
 * journaled member by member (`votes: { FRA: 'yes', … }`); they are now choice letters aligned
 * with the electorate (`choices: 'yyn-…'`). A journal in the earlier form verifies, resumes and
 * recounts exactly as the one written today.
 */

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'gasim-votes-form-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = 'scenarios/marrakech-2025.yaml';
const { text, scenario } = loadScenarioFile(file);
const seed = 3;
const setup = createSessionSetup(scenario);
const events = continueSession(createSession(createEngine(setup), seed), createVoter(compileBehaviour(scenario), seed)).events;

/** The same events with every recorded ballot member by member, as gasim wrote them before. */
function earlierForm(today: readonly SessionEvent[]): SessionEvent[] {
  const session = createSession(createEngine(setup), seed);
  return today.map((event) => {
    const ballot = session.snapshot.context.ballot;
    const old = event.type === 'delegation.castBallot' && 'choices' in event && ballot
      ? { type: event.type, votes: votesOfChoices(ballot.electorate, event.choices), ...(event.script === undefined ? {} : { script: event.script }) }
      : event;
    expect(session.send(old).accepted).toBe(true);
    return old;
  });
}

async function gasim(...argv: string[]) {
  const io = captureIo({ cwd: root });
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('a journal with recorded votes member by member (the earlier form)', () => {
  const header = journalHeader({ version: VERSION, scenarioId: scenario.id, scenarioFile: file, scenarioText: text, seed });
  const old = earlierForm(events);
  const path = join(dir, 'earlier.jsonl');
  writeFileSync(path, formatJournal(header, old));
  const todayPath = join(dir, 'today.jsonl');
  writeFileSync(todayPath, formatJournal(header, events));

  it('has recorded ballots to convert (the test can fail)', () => {
    const converted = old.filter((e) => e.type === 'delegation.castBallot' && 'votes' in e);
    expect(converted.length).toBeGreaterThan(3);
    expect(Object.keys((converted[0] as { votes: object }).votes).length).toBeGreaterThan(100);
  });

  it('verifies against its seed, recounting every ballot as the journal written today does', async () => {
    const earlier = await gasim('verify', path);
    const today = await gasim('verify', todayPath);
    expect(today.code).toBe(0);
    expect(earlier.code).toBe(0);
    const ballots = (out: string) => out.split('\n').filter((l) => l.startsWith('  line '));
    expect(ballots(earlier.out)).toEqual(ballots(today.out));
    expect(earlier.out).toMatch(/^Verdict: VERIFIED/m);
  });

  it('resumes to the same minutes', async () => {
    const earlier = await gasim('resume', path);
    const today = await gasim('resume', todayPath);
    expect(today.code).toBe(0);
    expect(earlier.code).toBe(0);
    expect(earlier.out).toMatch(/^# /m);
    expect(earlier.out).toBe(today.out);
  });
});
