import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createSessionController } from '../../src/cli/tui/session-controller.js';
import { createTrainingController } from '../../src/cli/tui/training-controller.js';
import { createSessionSetup } from '../../src/scenario/session-setup.js';
import { compileBehaviour } from '../../src/sim/behaviour/index.js';
import { createVoter } from '../../src/sim/voter.js';
import { App } from '../../src/ui/App.js';
import { TrainingApp } from '../../src/ui/training/TrainingApp.js';
import { TrainingScreen } from '../../src/ui/training/TrainingScreen.js';
import { initialPromptState } from '../../src/ui/training/prompt-state.js';
import { renderFrame, renderUi, type RenderedUi } from '../test-utils/render.js';
import { loadScenario, startTraining } from './support/training.js';

// issue 17, training: the feedback wraps under a hanging indent; quitting leaves the training screen
// in the terminal (not the quit prompt), and `gasim train` prints the debrief under it (train.ts, after
// ink exits; test/tmux/walkthrough.sh checks it in a real terminal)
const MARRAKECH = resolve('scenarios/marrakech-2025.yaml');

function answeredFirstQuestion() {
  const { run, voter } = startTraining(MARRAKECH, 'chair');
  const controller = createTrainingController({ run, voter, now: () => 0, save: () => Promise.resolve('unused') });
  controller.endOfDay(); // stops at the first decision point
  controller.answer('1');
  return controller;
}

describe('training feedback, wrapped (issue 17)', () => {
  for (const [width, height] of [[80, 24], [60, 20]] as const) {
    it(`at ${width}×${height}, a wrapped feedback row starts under a hanging indent, never flush left or with a stray space`, () => {
      const controller = answeredFirstQuestion();
      const frame = renderFrame(
        <TrainingScreen view={controller.getView()} training={controller.getTraining()} prompt={initialPromptState} width={width} height={height} overlay={{ kind: 'none' }} />,
        width,
      );
      const rows = frame.split('\n');
      expect(rows.length).toBeLessThanOrEqual(height);
      expect(rows.every((r) => r.length <= width)).toBe(true);
      const start = rows.findIndex((r) => r.startsWith('✔ Right:'));
      const end = rows.findIndex((r) => r.startsWith('⏎ next question'));
      expect(start).toBeGreaterThan(0);
      const feedback = rows.slice(start, end);
      // the feedback's lines: the verdict, the arithmetic (long enough to wrap at both widths), the citation
      const firstRows = feedback.filter((r) => !r.startsWith(' '));
      expect(firstRows.map((r) => r.slice(0, 12))).toEqual(['✔ Right: ado', 'a simple maj', '(R2.3, CONST']);
      const continuation = feedback.filter((r) => r.startsWith(' '));
      expect(continuation.length).toBeGreaterThan(0);
      for (const r of continuation) expect(r).toMatch(/^ {2}\S/);
      expect(feedback.join(' ').replace(/\s+/g, ' ')).toMatch(/\d+ yes reaches the \d+ required: the proposal is adopted/);
    });
  }
});

/**
 * Answers the quit prompt with y. The prompt's keys listen once its render has run its effects, so
 * y is pressed again until it is heard (30 s is a bound for a loaded machine, not a timing).
 */
async function confirmQuit(ui: RenderedUi, exited: () => number): Promise<void> {
  await vi.waitFor(() => {
    if (exited() === 0) ui.stdin.write('y');
    expect(exited()).toBe(1);
  }, { timeout: 30_000, interval: 100 });
}

describe('quitting training (issue 17)', () => {
  it('the last frame is the training screen, not the quit prompt', async () => {
    const controller = answeredFirstQuestion();
    let exited = 0;
    const ui = renderUi(<TrainingApp controller={controller} onExit={() => (exited += 1)} />);
    ui.stdin.write('q');
    await expect.poll(() => ui.frame(), { timeout: 30_000 }).toContain('Quit with'); // a bound for a loaded machine, not a timing
    await confirmQuit(ui, () => exited);
    expect(ui.frame()).not.toContain('Quit with');
    expect(ui.frame()).toContain('─ QUESTION ─');
    expect(ui.frame()).toContain('✔ Right: adopted.');
    ui.unmount();
  });

  it('gasim tui too: after q and y the last frame is the session screen, not the quit prompt', async () => {
    const scenario = loadScenario(MARRAKECH);
    const c = createSessionController({ setup: createSessionSetup(scenario), seed: scenario.seed, voter: createVoter(compileBehaviour(scenario), scenario.seed), save: async () => 'unused' });
    c.step();
    let exited = 0;
    const ui = renderUi(<App controller={c} noColor onExit={() => (exited += 1)} />);
    ui.stdin.write('q');
    await expect.poll(() => ui.frame(), { timeout: 30_000 }).toContain('Quit with 1 step not saved?');
    await confirmQuit(ui, () => exited);
    expect(ui.frame()).not.toContain('Quit with');
    expect(ui.frame()).toContain('93rd GA · Marrakech');
    ui.unmount();
  });
});
