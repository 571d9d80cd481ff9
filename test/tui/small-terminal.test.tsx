import { describe, expect, it } from 'vitest';
import { createSessionController } from '../../src/cli/tui/session-controller.js';
import { createSessionSetup } from '../../src/scenario/session-setup.js';
import type { SessionView } from '../../src/view/view-model.js';
import { compileBehaviour } from '../../src/sim/behaviour/index.js';
import { createVoter } from '../../src/sim/voter.js';
import { Screen, type ScreenOverlay } from '../../src/ui/components/Screen.js';
import { KEY_HELP } from '../../src/ui/layout/keys.js';
import { loadScenarioFile } from '../machine/support/scenarios.js';
import { renderFrame } from '../test-utils/render.js';

// issue 17, terminal UI at 60×20 (a frame of 60×19, use-terminal-size.ts): the "terminal too small"
// notice lists the keys that work, each whole, as the footer would (none that is off); a prompt the
// keys open stays visible; no figure reads 0 for "not known yet"
const { scenario } = loadScenarioFile('scenarios/marrakech-2025.yaml');
const controller = () => createSessionController({ setup: createSessionSetup(scenario), seed: scenario.seed, voter: createVoter(compileBehaviour(scenario), scenario.seed), save: async () => 'unused' });
const none: ScreenOverlay = { kind: 'none' };
const small = (view: SessionView, extra: Partial<Parameters<typeof Screen>[0]> = {}) =>
  renderFrame(<Screen view={view} width={60} height={19} overlay={none} {...extra} />, 60);

function stepTo(holds: (v: SessionView) => boolean): SessionView {
  const c = controller();
  for (let i = 0; i < 2000 && !holds(c.getView()); i++) c.step();
  expect(holds(c.getView())).toBe(true);
  return c.getView();
}

describe('the terminal UI at 60×20 (issue 17)', () => {
  it('the notice lists every key of the footer, each whole on one row, within 60 columns and 19 rows', () => {
    const rows = small(controller().getView()).split('\n');
    expect(rows[0]).toBe('Terminal too small');
    expect(rows.length).toBeLessThanOrEqual(19);
    expect(rows.every((r) => r.length <= 60)).toBe(true);
    for (const k of KEY_HELP) expect(rows.some((r) => r.includes(k.short)), k.short).toBe(true);
  });

  it('in training the notice leaves out b and j, which are off, as the footer does', () => {
    const frame = small(controller().getView(), { training: true });
    expect(frame).not.toMatch(/\bb back\b|\bj jump\b/);
    for (const key of ['→ step', 'v votes', 's save', 'q quit']) expect(frame).toContain(key);
  });

  it('once the session is closed the notice offers only help and quit', () => {
    const frame = small(stepTo((v) => v.finished));
    expect(frame).toContain('Keys still work: ? help · q quit');
    expect(frame).not.toContain('→ step');
  });

  it('a prompt opened by a key stays on screen under the notice: quit, save as', () => {
    const view = controller().getView();
    const quit = small(view, { overlay: { kind: 'confirm-quit', unsaved: 3 } });
    expect(quit).toContain('Terminal too small');
    expect(quit).toMatch(/Quit with 3 steps not saved\?/);
    expect(quit).toMatch(/y quit without saving/);
    const saveAs = small(view, { overlay: { kind: 'save-as', path: 'marrakech-2025-seed2025-2.journal.jsonl', reason: 'marrakech-2025-seed2025.journal.jsonl exists and is kept' } });
    // the name whole, on the row after the label where the row is too narrow for both
    expect(saveAs).toContain('Save the journal as:');
    expect(saveAs.split('\n').some((r) => r.includes('marrakech-2025-seed2025-2.journal.jsonl'))).toBe(true);
    expect(saveAs).toContain('Esc cancel');
    for (const frame of [quit, saveAs]) {
      expect(frame.split('\n').length).toBeLessThanOrEqual(19);
      expect(frame.split('\n').every((r) => r.length <= 60)).toBe(true);
    }
  });

  it('during an open ballot no figure reads 0 for "not known yet" (the notice shows no figures)', () => {
    const view = stepTo((v) => v.ballot?.open === true && v.ballot.bars[0]!.votes > 0);
    const frame = small(view);
    expect(frame).toContain('Terminal too small');
    expect(frame).not.toMatch(/Majority required 0|majority line|Votes expressed 0/);
  });
});
