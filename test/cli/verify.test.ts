import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { VERSION } from '../../src/cli/version.js';
import { continueSession } from '../../src/sim/continue-session.js';
import type { SessionEvent } from '../../src/machine/events.js';
import { formatJournal, journalHeader } from '../../src/journal/journal.js';
import { createEngine } from '../../src/machine/session-driver.js';
import { createSession } from '../../src/sim/session.js';
import { createSessionSetup } from '../../src/scenario/session-setup.js';
import { createVoter } from '../../src/sim/voter.js';
import { loadScenarioFile } from '../machine/support/scenarios.js';
import { captureIo } from '../test-utils/io.js';
import { compileBehaviour } from '../../src/sim/behaviour/index.js';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'gasim-verify-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Dubai 2018 puts questions by secret ballot and elects by secret ballot
const file = 'scenarios/dubai-2018.yaml';
const { text, scenario } = loadScenarioFile(file);
const seed = 5;
const events = continueSession(createSession(createEngine(createSessionSetup(scenario)), seed), createVoter(compileBehaviour(scenario), seed)).events;
const headerFor = (s: number) => journalHeader({ version: VERSION, scenarioId: scenario.id, scenarioFile: file, scenarioText: text, seed: s });
const journal = (evs: readonly SessionEvent[], s = seed) => formatJournal(headerFor(s), evs);
/** The same journal in the previous, unchained format. */
const unchained = (chained: string) =>
  chained
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const { hash: _h, ...rest } = JSON.parse(l) as Record<string, unknown>;
      return JSON.stringify(rest.format ? { ...rest, format: 'gasim/journal@1' } : rest);
    })
    .join('\n') + '\n';

let n = 0;
async function gasim(content: string | null, ...argv: string[]) {
  const path = join(dir, `j${n++}.jsonl`);
  if (content !== null) writeFileSync(path, content);
  const io = captureIo({ cwd: root });
  const code = await main(argv.map((a) => (a === 'JOURNAL' ? path : a)), io);
  return { code, out: io.out(), err: io.err(), path };
}

const secretQuestion = events.findIndex((e, i) => e.type === 'chair.putToVote' && events[i + 1]?.type === 'tellers.reportCount' && !JSON.stringify(events[i + 1]).includes('-'));

describe('gasim verify', () => {
  it('refuses (resume) and fails (verify) a journal that turns a secret ballot into a recorded vote, even rechained', async () => {
    expect(secretQuestion).toBeGreaterThan(0);
    const edited = events.map((e, i) => (i === secretQuestion ? { type: 'chair.putToVote' as const, method: 'electronic-recorded' as const } : e));
    const line = secretQuestion + 2;
    const verified = await gasim(journal(edited), 'verify', 'JOURNAL');
    expect(verified.code).toBe(1);
    // refused by the journal check, or by the session itself where it knows the scenario's secret questions
    expect(verified.out).toMatch(new RegExp(`^Verdict: NOT VERIFIED: line ${line}: (the vote on ".+" is put by an electronic recorded vote, but the scenario takes it by a secret ballot|the session refuses chair\\.putToVote)`, 'm'));
    const resumed = await gasim(journal(edited), 'resume', 'JOURNAL', '--journal-out', join(dir, 'out-method.jsonl'));
    expect(resumed.code).toBe(2);
    expect(resumed.err).toContain(`:${line}: `);
    expect(resumed.err).toMatch(/\[journal\/(method-changed|refused)\]/);
  });

  it('refuses a vote put by another method than the scenario gives, which the session alone would accept', async () => {
    // Marrakech 2025 takes its resolutions by electronic recorded vote
    const m = loadScenarioFile('scenarios/marrakech-2025.yaml');
    const mEvents = continueSession(createSession(createEngine(createSessionSetup(m.scenario)), 1), createVoter(compileBehaviour(m.scenario), 1)).events;
    const recorded = mEvents.findIndex((e, i) => e.type === 'chair.putToVote' && mEvents[i + 1]?.type === 'delegation.castBallot');
    expect(recorded).toBeGreaterThan(0);
    const edited = mEvents.slice(0, recorded).concat([{ type: 'chair.putToVote', method: 'secret' }]);
    const header = journalHeader({ version: VERSION, scenarioId: m.scenario.id, scenarioFile: m.file, scenarioText: m.text, seed: 1 });
    const resumed = await gasim(formatJournal(header, edited), 'resume', 'JOURNAL', '--journal-out', join(dir, 'out-secret.jsonl'));
    expect(resumed.code).toBe(2);
    expect(resumed.err).toMatch(new RegExp(`:${recorded + 2}: the vote on ".+" is put by a secret ballot, but the scenario takes it by an electronic recorded vote \\[journal/method-changed\\]`));
  });

  it.each<[string, (e: SessionEvent) => boolean, (e: SessionEvent) => SessionEvent, RegExp]>([
    ['an item out of the agenda', (e) => e.type === 'chair.openItem', () => ({ type: 'chair.openItem', item: 'closing' }), /\(item\/out-of-order\): the next item on the agenda is .+/],
    [
      'votes for a candidate not on the paper',
      (e) => e.type === 'tellers.reportCount' && Object.keys(e.counts).some((k) => k !== 'yes' && k !== 'no'),
      (e) => ({ ...(e as Extract<SessionEvent, { type: 'tellers.reportCount' }>), counts: { ...(e as Extract<SessionEvent, { type: 'tellers.reportCount' }>).counts, nobody: 1 } }),
      /\(ballot\/unknown-choice\): 'nobody' is not on the ballot paper .+/,
    ],
    ['a withdrawal of a candidate who does not stand', (e) => e.type === 'chair.closeItem', () => ({ type: 'delegation.withdrawCandidate', candidate: 'nobody' }), /\(election\/not-standing\): nobody is not standing in this election/],
  ])('refuses %s at its line (issue 18: events against the scenario)', async (_name, find, change, reason) => {
    const at = events.findIndex(find);
    expect(at).toBeGreaterThan(0);
    const edited = events.map((e, i) => (i === at ? change(e) : e));
    const resumed = await gasim(journal(edited), 'resume', 'JOURNAL', '--journal-out', join(dir, `out-${n}.jsonl`));
    expect(resumed.code).toBe(2);
    expect(resumed.err).toMatch(new RegExp(`:${at + 2}: the session refuses ${edited[at]!.type} ${reason.source}`));
    const verified = await gasim(journal(edited), 'verify', 'JOURNAL');
    expect(verified.code).toBe(1);
    expect(verified.out).toMatch(new RegExp(`^Verdict: NOT VERIFIED: line ${at + 2}: the session refuses`, 'm'));
  });

  it('refuses a changed seed even when the chain was recomputed (issue 17), at the first ballot it did not draw', async () => {
    // scripted results (historical figures) do not depend on the seed: the first drawn ballot does
    const firstBallot = events.findIndex((e) => (e.type === 'delegation.castBallot' || e.type === 'tellers.reportCount') && e.script === undefined) + 2;
    expect(firstBallot).toBeGreaterThan(2);
    const verified = await gasim(journal(events, seed + 1), 'verify', 'JOURNAL');
    expect(verified.code).toBe(1);
    expect(verified.out).toMatch(new RegExp(`NOT VERIFIED: line ${firstBallot}: the figures of ballot \\d+ on ".+" are not those seed ${seed + 1} draws for this scenario`));
    const resumed = await gasim(journal(events.slice(0, firstBallot + 3), seed + 1), 'resume', 'JOURNAL');
    expect(resumed.code).toBe(2);
    expect(resumed.err).toContain(`:${firstBallot}: the figures of ballot `);
  });

  it('reports a secret ballot given as members\' choices without printing any of them', async () => {
    const count = events.findIndex((e) => e.type === 'tellers.reportCount');
    const votes = { FRA: 'yes', DEU: 'no' } as const;
    const edited = events.map((e, i) => (i === count ? { type: 'delegation.castBallot' as const, votes } : e));
    const verified = await gasim(journal(edited), 'verify', 'JOURNAL', '--json');
    expect(verified.code).toBe(1);
    expect(JSON.parse(verified.out)).toMatchObject({ verdict: 'not-verified', problem: { line: count + 2, code: 'journal/refused' } });
    expect(verified.out).not.toMatch(/FRA|DEU/);
  });

  it('reports a journal of the previous format as UNVERIFIABLE (exit 1) after checking everything else', async () => {
    const verified = await gasim(unchained(journal(events)), 'verify', 'JOURNAL');
    expect(verified.code).toBe(1);
    expect(verified.out).toMatch(/^Hash chain: none: the journal is in the previous format gasim\/journal@1/m);
    expect(verified.out).toMatch(/^Verdict: UNVERIFIABLE: Every event agrees with the scenario and seed 5, the session replays, and all \d+ ballots recount equal to the record\. But the journal has no hash chain/m);
  });

  it('continues a journal of the previous format only into a new chained journal, checking its seed', async () => {
    const old = unchained(journal(events.slice(0, 30)));
    const refused = await gasim(old, 'resume', 'JOURNAL');
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/:1: this journal is in the previous format gasim\/journal@1, which has no hash chain/);
    expect(refused.err).toMatch(/fix: continue it into a new chained journal with `gasim resume .+ --journal-out NEW\.jsonl`/);
    const out = join(dir, 'migrated.jsonl');
    const migrated = await gasim(old, 'resume', 'JOURNAL', '--journal-out', out);
    expect(migrated.code).toBe(0);
    expect(migrated.err).toMatch(/warning: .+ is in the unchained format gasim\/journal@1/);
    expect(readFileSync(out, 'utf8')).toBe(journal(events));
    const reseeded = unchained(journal(events.slice(0, 30), seed + 1));
    expect((await gasim(reseeded, 'resume', 'JOURNAL', '--journal-out', join(dir, 'x.jsonl'))).err).toMatch(/not those seed 6 draws/);
  });

  it('says when the session was not closed, and fails a line cut short', async () => {
    const cut = journal(events.slice(0, 40));
    const open = await gasim(cut, 'verify', 'JOURNAL');
    expect(open.code).toBe(0);
    expect(open.out).toMatch(/^Verdict: VERIFIED: .+ The session was not closed: the journal ends before the close/m);
    const torn = await gasim(cut + '{"seq":41,"ev', 'verify', 'JOURNAL');
    expect(torn.code).toBe(1);
    expect(torn.out).toMatch(/NOT VERIFIED: line 42 is cut short/);
  });

  it('exits 2 for a file that is not a journal, a missing one, or a scenario that does not match', async () => {
    const notJournal = await gasim('hello\n', 'verify', 'JOURNAL');
    expect(notJournal).toMatchObject({ code: 2 });
    expect(notJournal.err).toMatch(/:1: the first line is not a JSON object \[journal\/bad-header\]/);
    const missing = await gasim(null, 'verify', join(dir, 'missing.jsonl'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/the journal .+missing\.jsonl/);
    const other = await gasim(journal(events), 'verify', 'JOURNAL', '--scenario', 'scenarios/marrakech-2025.yaml');
    expect(other.code).toBe(2);
    expect(other.err).toMatch(/is not the one the journal was written with/);
    expect((await gasim(null, 'verify')).code).toBe(2);
  });

  it('gasim tui --resume refuses the same journals before the first frame', async () => {
    const tty = async (content: string) => {
      const path = join(dir, `tui${n++}.jsonl`);
      writeFileSync(path, content);
      const io = captureIo({ cwd: root });
      Object.assign(io.stdout, { isTTY: true, columns: 80, rows: 24 });
      Object.assign(io.stdin, { isTTY: true });
      return { code: await main(['tui', '--resume', path], io), err: io.err() };
    };
    const edited = events.map((e, i) => (i === secretQuestion ? { type: 'chair.putToVote' as const, method: 'roll-call' as const } : e));
    const method = await tty(journal(edited));
    expect(method.code).toBe(2);
    expect(method.err).toContain(`:${secretQuestion + 2}: `);
    const bytes = journal(events).replace('"seed":5', '"seed":6');
    const header = await tty(bytes);
    expect(header.code).toBe(2);
    expect(header.err).toMatch(/:1: the header was changed after it was written/);
  });

  it('has --help with its exit codes', async () => {
    const help = await gasim(null, 'verify', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: gasim verify <journal> \[--scenario FILE\] \[--json\]/);
    expect(help.out).toMatch(/Exit codes: 0 verified; 1 not verified/);
  });
});
