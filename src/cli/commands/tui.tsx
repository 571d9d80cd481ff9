import { render } from 'ink';
import { rawStream } from '../safe-stream.js';
import { createSessionSetup } from '../../scenario/session-setup.js';
import { createVoter } from '../../sim/voter.js';
import { App } from '../../ui/App.js';
import type { CommandIo, CommandModule } from '../command.js';
import { ExitCode, UserError, type ExitCodeValue } from '../errors.js';
import { checkScenarioFileRun, parseSeed, readScenarioShape } from '../load-scenario-file.js';
import { createSessionController } from '../tui/session-controller.js';
import { journalSaver, readJournalEvents } from '../tui/journal-io.js';
import { replayJournal } from './resume.js';
import { parseCommandLine, type ParsedCommandLine } from '../command-spec.js';
import { TUI } from './specs.js';
import { outputPath } from '../write-output.js';
import { compileBehaviour } from '../../sim/behaviour/index.js';
import { lockJournal } from '../journal-lock.js';
import { resolve } from 'node:path';

export const DEFAULT_SCENARIO = 'scenarios/marrakech-2025.yaml';

/** `gasim tui [scenario] [--seed N] [--resume FILE] [--journal FILE] [--force]`. */
export const run: CommandModule['run'] = async (argv, io) => {
  const { values, positionals } = parseCommandLine(TUI, argv);
  if (!io.stdout.isTTY || !io.stdin.isTTY) {
    io.stderr.write('gasim: the terminal UI needs an interactive terminal (stdin and stdout are not a TTY)\n');
    io.stderr.write(`  fix: run it in a terminal, or use \`gasim run ${positionals[0] ?? DEFAULT_SCENARIO}\` for the minutes without a terminal\n`);
    return ExitCode.needsTerminal;
  }
  // the journal resumed or saved is locked while the TUI runs (issue 18)
  const locked = [...new Set([values.resume, outputPath('--journal', values.journal)].filter((p): p is string => p !== undefined))];
  const locks: { release(): void }[] = [];
  try {
    for (const path of locked) locks.push(lockJournal(resolve(io.cwd, path), path, io, 'wait for the other process to end, or save to another file with --journal FILE'));
    return await runTui(values, positionals, io);
  } finally {
    for (const lock of locks) lock.release();
  }
};

async function runTui(values: ParsedCommandLine<typeof TUI>['values'], positionals: readonly string[], io: CommandIo): Promise<ExitCodeValue> {
  const resumed = values.resume ? await readJournalEvents(values.resume, io) : null;
  const file = positionals[0] ?? resumed?.header.scenarioFile ?? DEFAULT_SCENARIO;
  // stages one and two only: the third (a whole run) waits for the first frame, below
  const loaded = await readScenarioShape(file, io);
  const scenario = loaded.checked.scenario;
  const seed = resumed?.header.seed ?? parseSeed(values.seed, scenario.seed);
  if (resumed && values.seed !== undefined && parseSeed(values.seed, seed) !== seed) {
    throw new UserError(`the journal was recorded with seed ${seed}, not ${values.seed}`, { hint: 'drop --seed when resuming' });
  }
  const voter = createVoter(compileBehaviour(scenario), seed);
  if (resumed) {
    // the events are checked against the scenario and the seed before the first frame
    replayJournal(values.resume!, resumed, scenario, voter);
    if (!resumed.chained) io.stderr.write(`gasim: warning: ${values.resume} is in the unchained format gasim/journal@1: nothing shows it was not edited; \`s\` saves it in the chained format\n`);
  }
  const journalPath = outputPath('--journal', values.journal) ?? values.resume ?? `${scenario.id}-seed${seed}.journal.jsonl`;
  const controller = createSessionController({
    setup: createSessionSetup(scenario),
    seed,
    voter,
    events: resumed?.events ?? [],
    save: journalSaver({ path: journalPath, io, scenarioFile: file, scenarioText: loaded.text, scenarioId: scenario.id, seed, overwrite: Boolean(values.force) || values.resume !== undefined }),
  });
  let quit = false;
  const app = render(<App controller={controller} noColor={io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== ''} onExit={() => (quit = true)} />, {
    stdout: rawStream(io.stdout),
    stdin: io.stdin as NodeJS.ReadStream,
    exitOnCtrlC: true,
  });
  // ink has written the first frame (its first render is synchronous); the third loading stage, the
  // scenario run once with its seed (about 0.1 s), comes now, before any key is read: a scenario it
  // rejects clears and closes the UI, then gets the located problems and exit 2 of every command (issue 17)
  try {
    checkScenarioFileRun(loaded);
  } catch (error) {
    app.clear();
    app.unmount();
    throw error;
  }
  await app.waitUntilExit();
  // ink ends on Ctrl-C too: only `q` is a quit; a saved journal is left as it was written (issue 18)
  return quit ? ExitCode.ok : ExitCode.interrupted;
}
