import { describe, expect, it, vi } from 'vitest';
import { createSessionController } from '../../src/cli/tui/session-controller.js';
import { createSessionSetup } from '../../src/scenario/session-setup.js';
import type { SessionView } from '../../src/view/view-model.js';
import { createVoter } from '../../src/sim/voter.js';
import { App } from '../../src/ui/App.js';
import { Screen, type ScreenOverlay } from '../../src/ui/components/Screen.js';
import { JournalExistsError, type SessionController } from '../../src/ui/controller.js';
import { loadScenarioFile } from '../machine/support/scenarios.js';
import { renderFrame, renderUi } from '../test-utils/render.js';
import { compileBehaviour } from '../../src/sim/behaviour/index.js';

// issue 17, terminal UI: each rough edge found at 60×20, 80×24 and 200×50, on the Marrakech session
const { scenario } = loadScenarioFile('scenarios/marrakech-2025.yaml');

function controller(save: SessionController['save'] = async () => 'unused.jsonl') {
  const c = createSessionController({ setup: createSessionSetup(scenario), seed: scenario.seed, voter: createVoter(compileBehaviour(scenario), scenario.seed), save: async (_events, path) => {
    const result = await save(path);
    if (result instanceof Error) throw result;
    return result;
  } });
  return c;
}

/** Steps until the view satisfies `holds` (at most 2,000 steps). */
function stepTo(c: SessionController, holds: (v: SessionView) => boolean): SessionView {
  for (let i = 0; i < 2000 && !holds(c.getView()); i++) c.step();
  expect(holds(c.getView())).toBe(true);
  return c.getView();
}

// a terminal of W×H gives the screen a frame of W×(H−1) (use-terminal-size.ts)
const SIZES = [[60, 20], [80, 24], [200, 50]] as const;
const none: ScreenOverlay = { kind: 'none' };
const frameAt = (view: SessionView, [w, h]: readonly [number, number], extra: Partial<Parameters<typeof Screen>[0]> = {}) =>
  renderFrame(<Screen view={view} width={w} height={h - 1} overlay={none} {...extra} />, w);

describe('terminal UI rough edges (issue 17)', () => {
  it('below 80×24 says the terminal is too small instead of a broken layout; at 80×24 and up, the ballot', () => {
    const c = controller();
    const view = stepTo(c, (v) => v.ballot !== null && v.ballot.outcome !== null);
    const [small, normal, large] = SIZES.map((s) => frameAt(view, s));
    expect(small).toContain('Terminal too small');
    expect(small).toContain('60×20: gasim needs at least 80×24');
    expect(small).not.toContain('majority line');
    for (const frame of [normal, large]) {
      expect(frame).not.toContain('Terminal too small');
      expect(frame).toMatch(/ yes .*155/);
    }
    expect(frameAt(view, [79, 24])).toContain('Terminal too small');
  });

  it.each(SIZES.slice(1))('the footer offers every key at %i×%i, s and v included', (w, h) => {
    const frame = frameAt(controller().getView(), [w, h]);
    const footer = frame.split('\n').at(-1)!;
    for (const key of ['→', '⏎', 'd', 'N', 'b', 'j', 'v', '/', 's', '?', 'q']) expect(footer.split(/\s+/)).toContain(key === '?' ? '?' : key);
  });

  it('an open recorded vote shows its running figures and "—" for what is not known yet, never 0', () => {
    const c = controller();
    const view = stepTo(c, (v) => v.ballot?.open === true && v.ballot.method === 'electronic-recorded' && v.ballot.bars[0]!.votes > 0);
    for (const size of SIZES.slice(1)) {
      const frame = frameAt(view, size);
      expect(frame).toMatch(/Majority required\s*\.*\s*—|Majority required —/);
      expect(frame).not.toContain('Majority required 0');
      expect(frame).not.toContain('majority line 0');
      expect(frame).toMatch(/Votes expressed so far[ .]*[1-9]/);
    }
  });

  it('v on an open electronic recorded vote lists the votes so far, in the order stated; never "secret ballot"', async () => {
    const c = controller();
    stepTo(c, (v) => v.ballot?.open === true && v.ballot.method === 'electronic-recorded' && v.ballot.bars[0]!.votes > 0);
    const ui = renderUi(<App controller={c} noColor />);
    ui.stdin.write('v');
    await vi.waitFor(() => expect(ui.frame()).toContain('MEMBER VOTES'));
    const frame = ui.frame();
    ui.unmount();
    expect(frame).not.toContain('secret ballot');
    expect(frame).toContain('in French alphabetical order');
    expect(frame).toMatch(/ballot open: \d+ of \d+ delegations have voted/);
  });

  it('the member votes scroll with ↓, PgDn, End and Home and close with Esc', async () => {
    const c = controller();
    stepTo(c, (v) => v.ballot !== null && v.ballot.outcome !== null && v.ballot.method === 'electronic-recorded');
    const ui = renderUi(<App controller={c} noColor />);
    const wait = (check: (frame: string) => void) => vi.waitFor(() => check(ui.frame()));
    ui.stdin.write('v');
    await wait((f) => expect(f).toMatch(/1–\d+ of 169/));
    const first = /1–(\d+) of 169/.exec(ui.frame())![1]!;
    ui.stdin.write('\u001B[B'); // ↓
    await wait((f) => expect(f).toMatch(/4–\d+ of 169/)); // one row of three columns at 100 columns
    ui.stdin.write('\u001B[6~'); // PgDn: a page further
    await wait((f) => expect(f).toMatch(new RegExp(`(^|\\D)${4 + Number(first)}–`, 'm')));
    ui.stdin.write('\u001B[F'); // End
    await wait((f) => expect(f).toMatch(/–169 of 169/));
    ui.stdin.write('\u001B[H'); // Home
    await wait((f) => expect(f).toMatch(/1–\d+ of 169/));
    ui.stdin.write('\u001B'); // Esc
    await wait((f) => expect(f).not.toContain('MEMBER VOTES'));
    ui.unmount();
  });

  it('s on an existing journal offers save-as with a free name; ⏎ saves there', async () => {
    const saved: (string | undefined)[] = [];
    const c = controller(async (path) => {
      saved.push(path);
      return path === undefined ? new JournalExistsError('marrakech-2025-seed2025.journal.jsonl', 'marrakech-2025-seed2025-2.journal.jsonl') : path;
    });
    c.step();
    const ui = renderUi(<App controller={c} noColor />);
    ui.stdin.write('s');
    await vi.waitFor(() => expect(ui.frame()).toContain('Save the journal as: marrakech-2025-seed2025-2.journal.jsonl'));
    expect(ui.frame()).toContain('marrakech-2025-seed2025.journal.jsonl exists and is kept');
    ui.stdin.write('\r');
    await vi.waitFor(() => expect(ui.frame()).toContain('saved to marrakech-2025-seed2025-2.journal.jsonl'));
    expect(saved).toEqual([undefined, 'marrakech-2025-seed2025-2.journal.jsonl']);
    ui.unmount();
  });

  it('after N the next day does not show the previous day\'s last result', () => {
    const c = controller();
    c.nextDay();
    const view = c.getView();
    expect(view.header.dayNumber).toBe(2);
    expect(view.ballot).toBeNull();
    expect(frameAt(view, [80, 24])).not.toMatch(/needed \d+ · got/);
  });

  it.each(SIZES.slice(1))('at the close the %i×%i screen shows the Committee, one line per region', (w, h) => {
    const c = controller();
    const view = stepTo(c, (v) => v.finished);
    const frame = frameAt(view, [w, h]);
    expect(frame).toContain('SESSION CLOSED · THE EXECUTIVE COMMITTEE');
    expect(frame).toContain('PHILIPPE (FRA) to 2029');
    for (const region of ['AFR', 'AMR', 'ASI', 'EUR']) expect(frame).toMatch(new RegExp(`${region}  VP `));
  });

  it('the footer counts seats held of the seats there are: never past them, no VP seat for the President\'s continent', () => {
    const c = controller();
    const seen = new Set<string>();
    for (let i = 0; i < 2000 && !c.getView().finished; i++) {
      c.step();
      const summary = frameAt(c.getView(), [80, 24]).split('\n').find((l) => l.startsWith('President'));
      if (summary) seen.add(summary.replace(/^.*· VPs/, 'VPs'));
    }
    const text = [...seen].join('\n');
    expect(text).not.toMatch(/AFR [3-9]\/[3-9]/);
    expect(text).toMatch(/VPs 3\/3/);
    expect(text).not.toMatch(/VPs 3\/4/);
  });

  it('the log names candidates and reads as sentences; an election between ballots is not "in debate"; earlier ballots name people', () => {
    const c = controller();
    const between = stepTo(c, (v) => v.agenda.items.some((i) => i.current && i.note === 'between ballots'));
    expect(frameAt(between, [80, 24])).toMatch(/Election of the President +between ballots/);
    expect(frameAt(between, [80, 24])).not.toMatch(/Election of the President +in debate/);
    const third = stepTo(c, (v) => v.rounds.length >= 2 && v.ballot?.outcome != null);
    expect(third.rounds.map((r) => r.summary).join('\n')).toMatch(/nobody elected \(\d+ needed; most votes: [A-Z][a-z]+ PHILIPPE \(FRA\), \d+\)|most votes: .*\(FRA\)/);
    const done = stepTo(c, (v) => v.finished);
    const log = done.log.map((l) => l.text).join('\n');
    expect(log).toMatch(/Ballot 3: .*\(FRA\) with 8\d votes reached the 8\d votes required and is elected/);
    expect(log).not.toMatch(/\b(philippe|wang-yong) \(\d/);
    expect(log).not.toContain('and elected');
    expect(log).not.toMatch(/yes votes of \d+ required/);
  });

  it.each(SIZES.slice(1))('the help at %i×%i shows every key and the whole legend', (w, h) => {
    const frame = frameAt(controller().getView(), [w, h], { overlay: { kind: 'help' } });
    expect(frame).toContain('○ vacant');
    expect(frame).toContain('– not held');
    expect(frame).toContain('? or Esc closes this help');
    expect(frame.split('\n').slice(1).join('\n')).not.toContain('…'); // the header may be shortened, the help not
  });

  it('the jump list covers every day of the session', () => {
    const view = controller().getView();
    const frame = frameAt(view, [200, 50], { overlay: { kind: 'jump', cursor: view.agenda.session.length - 1 } });
    expect(view.agenda.session.length).toBeGreaterThan(view.agenda.items.length);
    expect(frame).toContain('day 4');
    expect(frame).toContain(view.agenda.session.at(-1)!.title);
  });

  it('the agenda pane at 80×24 reaches the day\'s last items once the chair is past the first ones', () => {
    const c = controller();
    c.endOfDay();
    const view = c.getView();
    const last = view.agenda.items.at(-1)!;
    expect(frameAt(view, [80, 24])).toContain(last.title.slice(0, 20));
  });
});
