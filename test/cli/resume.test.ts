import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { VERSION } from '../../src/cli/version.js';
import { continueSession } from '../../src/sim/continue-session.js';
import { formatJournal, journalHeader } from '../../src/journal/journal.js';
import { createEngine } from '../../src/machine/session-driver.js';
import { createSession } from '../../src/sim/session.js';
import { createSessionSetup } from '../../src/scenario/session-setup.js';
import { createVoter } from '../../src/sim/voter.js';
import { loadScenarioFile } from '../machine/support/scenarios.js';
import { captureIo } from '../test-utils/io.js';
import { compileBehaviour } from '../../src/sim/behaviour/index.js';

const dir = mkdtempSync(join(tmpdir(), 'gasim-resume-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scenarioPath = new URL('../../scenarios/constitution-amendment-fails.yaml', import.meta.url).pathname;
const { text, scenario } = loadScenarioFile('scenarios/constitution-amendment-fails.yaml');
const header = journalHeader({ version: VERSION, scenarioId: scenario.id, scenarioFile: scenarioPath, scenarioText: text, seed: 7 });
const full = formatJournal(header, continueSession(createSession(createEngine(createSessionSetup(scenario)), 7), createVoter(compileBehaviour(scenario), 7)).events);
const lines = full.split('\n');

async function resume(name: string, content: string, ...flags: string[]) {
  writeFileSync(join(dir, name), content);
  const io = captureIo({ cwd: dir });
  const code = await main(['resume', name, ...flags], io);
  return { code, out: io.out(), err: io.err(), journal: () => readFileSync(join(dir, name), 'utf8') };
}

describe('gasim resume', () => {
  it('continues a cut journal to the same journal as an uninterrupted run and prints the result', async () => {
    const result = await resume('cut.jsonl', lines.slice(0, 20).join('\n') + '\n');
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.journal()).toBe(full);
    expect(result.out).toContain('Vice-President for Europe');
    expect(result.out).toContain('## Executive Committee after the session');
  });

  it('reports a torn last line, drops it, and ends the same', async () => {
    const result = await resume('torn.jsonl', lines.slice(0, 20).join('\n') + '\n' + lines[20]!.slice(0, 9));
    expect(result.code).toBe(0);
    expect(result.err).toBe('gasim: warning: torn.jsonl:21: torn last line (the event in flight when the run stopped) dropped\n');
    expect(result.journal()).toBe(full);
  });

  it('refuses a scenario whose hash differs, with the fix', async () => {
    // a header written (and chained) for another text of the scenario
    const other = journalHeader({ version: VERSION, scenarioId: scenario.id, scenarioFile: scenarioPath, scenarioText: `${text}# edited\n`, seed: 7 });
    const result = await resume('changed.jsonl', other);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/is not the one the journal was written with/);
    expect(result.err).toMatch(/fix: restore the scenario file the session ran with, or give it with --scenario FILE/);
  });

  it('refuses an unknown event type with its line number', async () => {
    const result = await resume('bad.jsonl', header + '{"seq":1,"event":{"type":"chair.dance"}}\n{"seq":2,"event":{"type":"chair.openSession"}}\n');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/bad\.jsonl:2: unknown event type "chair\.dance" \[journal\/unknown-event\]/);
  });

  it('writes --journal-out, and refuses to overwrite it without --force (exit 4)', async () => {
    writeFileSync(join(dir, 'out.jsonl'), 'keep me');
    const refused = await resume('in.jsonl', header, '--journal-out', 'out.jsonl');
    expect(refused.code).toBe(4);
    expect(refused.err).toMatch(/fix: choose another file, or add --force to replace it/);
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toBe('keep me');
    const forced = await resume('in.jsonl', header, '--journal-out', 'out.jsonl', '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toBe(full);
    expect(forced.journal()).toBe(header);
  });
});
