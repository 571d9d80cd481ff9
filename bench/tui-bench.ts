import { readFileSync } from 'node:fs';
import { render } from 'ink';
import { createElement } from 'react';
import { createSessionController } from '../src/cli/tui/session-controller.js';
import { selectSessionView } from '../src/view/session-view.js';
import { createSessionSetup } from '../src/scenario/session-setup.js';
import type { Scenario } from '../src/scenario/schema.js';
import { loadScenario } from '../src/sim/run-session.js';
import { createStepper, isFinished, step } from '../src/sim/stepper.js';
import { createVoter } from '../src/sim/voter.js';
import { App } from '../src/ui/App.js';
import { FakeStdin, FakeStdout } from './fake-terminal.js';
import { median, quantile, round } from './stats.js';
import { compileBehaviour } from '../src/sim/behaviour/index.js';

const RIGHT = '\u001B[C';
/** ink's default frame rate (`maxFps` 30), which `gasim tui` keeps: one frame is 33.3 ms. */
export const FRAME_MS = 1000 / 30;

const summary = (ms: readonly number[]) => ({ medianMs: round(median(ms), 3), p95Ms: round(quantile(ms, 0.95), 3), maxMs: round(Math.max(...ms), 3) });

export function loadMarrakech(root: URL): Scenario {
  const file = new URL('scenarios/marrakech-2025.yaml', root);
  return loadScenario(readFileSync(file, 'utf8'), file.pathname);
}

/**
 * In-process: renders `App` with ink on an 80×24 fake terminal, as `gasim tui` does, and times the
 * first frame (render call → first write) and `presses` presses of → (write → next write, each
 * press after the frame has settled, `gapMs` apart). A press whose frame does not change is not
 * redrawn by ink; it counts in `unchanged`.
 */
export async function benchKeys(scenario: Scenario, options: { presses: number; gapMs?: number }) {
  const seed = scenario.seed;
  const controller = createSessionController({ setup: createSessionSetup(scenario), seed, voter: createVoter(compileBehaviour(scenario), seed), save: async () => 'unsaved' });
  const stdout = new FakeStdout(80, 24);
  const stdin = new FakeStdin();
  const started = performance.now();
  const firstWrite = stdout.nextWrite(5000);
  const app = render(createElement(App, { controller, noColor: true }), { stdout: stdout as never, stdin: stdin as never, exitOnCtrlC: false, patchConsole: false });
  const first = await firstWrite;
  if (first === null) {
    app.unmount();
    return { skipped: 'ink wrote no frame to the fake terminal (is CI set? ink then renders only at exit)' } as const;
  }
  const latencies: number[] = [];
  let unchanged = 0;
  for (let i = 0; i < options.presses; i++) {
    await new Promise((resolve) => setTimeout(resolve, options.gapMs ?? 45));
    const next = stdout.nextWrite(1000);
    const pressed = performance.now();
    stdin.write(RIGHT);
    const at = await next;
    if (at === null) unchanged++;
    else latencies.push(at - pressed);
  }
  app.unmount();
  return { terminal: '80x24', firstFrameRenderMs: round(first - started, 1), presses: options.presses, unchanged, keyRedraw: summary(latencies), frameMs: round(FRAME_MS, 1) };
}

/** `step` (one event through the machine, voters included) and `selectSessionView` timed apart, over a whole session. */
export function benchStep(scenario: Scenario) {
  const seed = scenario.seed;
  const voter = createVoter(compileBehaviour(scenario), seed);
  let stepper = createStepper(createSessionSetup(scenario), seed);
  const stepMs: number[] = [];
  const viewMs: number[] = [];
  selectSessionView(stepper.snapshot, { showVotes: true });
  while (!isFinished(stepper)) {
    const t0 = performance.now();
    stepper = step(stepper, voter);
    const t1 = performance.now();
    selectSessionView(stepper.snapshot, { showVotes: true });
    viewMs.push(performance.now() - t1);
    stepMs.push(t1 - t0);
  }
  return { steps: stepMs.length, step: summary(stepMs), selectSessionView: summary(viewMs) };
}
