import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/ui/App.js';
import { presidentView } from '../fixtures/views.js';
import { createFakeController } from '../test-utils/fake-controller.js';
import { renderUi } from '../test-utils/render.js';

const RIGHT = '\u001B[C';
const LEFT = '\u001B[D';
const DOWN = '\u001B[B';
const ENTER = '\r';
// a bound, not a timing: vi.waitFor gives up after 1 s by default, too soon on a loaded machine
const patient = { timeout: 60_000 };

function start() {
  const controller = createFakeController(presidentView, [
    { code: 'FRA', name: 'France', region: 'EUROPE', status: 'entitled to vote' },
  ]);
  const onExit = vi.fn();
  const ui = renderUi(<App controller={controller} noColor onExit={onExit} />);
  return { controller, onExit, ui };
}

/** Writes one key and lets ink handle it before the next. */
async function press(ui: ReturnType<typeof start>['ui'], ...keys: string[]) {
  for (const key of keys) {
    ui.stdin.write(key);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('App keys', () => {
  it('maps the stepping keys to controller commands', async () => {
    const { controller, ui } = start();
    await press(ui, RIGHT, ' ', 'n', ENTER, 'd', 'N', ']', 'b', LEFT);
    await vi.waitFor(
      () => expect(controller.calls).toEqual(['step', 'step', 'step', 'endOfItem', 'endOfDay', 'nextDay', 'nextDay', 'back', 'back']),
      patient,
    );
  });

  it('opens and closes the help with ?', async () => {
    const { ui } = start();
    await press(ui, '?');
    await vi.waitFor(() => expect(ui.frame()).toContain('run to the end of the day'), patient);
    await press(ui, '?');
    await vi.waitFor(() => expect(ui.frame()).not.toContain('run to the end of the day'), patient);
  });

  it('quits at once when nothing is unsaved', async () => {
    const { onExit, ui } = start();
    await press(ui, 'q');
    await vi.waitFor(() => expect(onExit).toHaveBeenCalledOnce(), patient);
  });

  it('asks before quitting with unsaved steps; y quits', async () => {
    const { controller, onExit, ui } = start();
    controller.setUnsaved(2);
    await press(ui, 'q');
    await vi.waitFor(() => expect(ui.frame()).toContain('Quit with 2 steps not saved?'), patient);
    await press(ui, 'n');
    await vi.waitFor(() => expect(ui.frame()).not.toContain('Quit with'), patient);
    expect(onExit).not.toHaveBeenCalled();
    await press(ui, 'q', 'y');
    await vi.waitFor(() => expect(onExit).toHaveBeenCalledOnce(), patient);
  });

  it('jumps to the item picked in the jump list, which opens on the current item', async () => {
    const { controller, ui } = start();
    await press(ui, 'j', '\u001B[A', ENTER); // ↑ from the election of the President (current)
    await vi.waitFor(() => expect(controller.calls).toEqual(['jump budget-amendment']), patient);
    await press(ui, 'j', DOWN, ENTER);
    await vi.waitFor(() => expect(controller.calls).toEqual(['jump budget-amendment', 'jump vp-asia']), patient);
  });

  it('searches members and saves with a notice', async () => {
    const { controller, ui } = start();
    await press(ui, '/', 'f', 'r');
    await vi.waitFor(() => expect(ui.frame()).toContain('FRA  France'), patient);
    await press(ui, '\u001B', 's');
    await vi.waitFor(() => expect(ui.frame()).toContain('saved to session.journal.json'), patient);
    expect(controller.calls).toEqual(['save']);
  });

  it('redraws when the controller publishes a new view', async () => {
    const { controller, ui } = start();
    controller.setView({ ...presidentView, status: { message: 'stepped back: replayed 41 of 42 steps', kind: 'info' } });
    await vi.waitFor(() => expect(ui.frame()).toContain('stepped back: replayed 41 of 42 steps'), patient);
  });
});
