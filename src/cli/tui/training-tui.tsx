import { render } from 'ink';
import { rawStream } from '../safe-stream.js';
import type { Voter } from '../../sim/voter.js';
import { TrainingApp } from '../../ui/training/TrainingApp.js';
import type { CommandIo } from '../command.js';
import { journalSaver } from './journal-io.js';
import { createTrainingController } from './training-controller.js';
import type { TrainingRun } from '../../training/training-run.js';

export interface TrainingTuiOptions {
  readonly run: TrainingRun;
  readonly voter: Voter;
  readonly io: CommandIo;
  readonly scenarioFile: string;
  readonly scenarioText: string;
  readonly scenarioId: string;
  readonly seed: number;
  readonly force: boolean;
}

/** Runs the training TUI until the trainee quits (or presses Ctrl-C: `interrupted`); resolves to the run as it stood. */
export async function runTrainingTui(o: TrainingTuiOptions): Promise<{ readonly run: TrainingRun; readonly interrupted: boolean }> {
  const path = `${o.scenarioId}-seed${o.seed}.training.journal.jsonl`;
  const controller = createTrainingController({
    run: o.run,
    voter: o.voter,
    now: () => performance.now(),
    save: journalSaver({ path, io: o.io, scenarioFile: o.scenarioFile, scenarioText: o.scenarioText, scenarioId: o.scenarioId, seed: o.seed, overwrite: o.force }),
  });
  let quit = false;
  const app = render(<TrainingApp controller={controller} noColor={o.io.env.NO_COLOR !== undefined && o.io.env.NO_COLOR !== ''} onExit={() => (quit = true)} />, {
    stdout: rawStream(o.io.stdout),
    stdin: o.io.stdin as NodeJS.ReadStream,
    exitOnCtrlC: true,
  });
  await app.waitUntilExit();
  return { run: controller.current(), interrupted: !quit };
}
