import { parseArgs } from 'node:util';
import { runSession } from '../../sim/run-session.js';
import { renderMinutes } from '../../sim/minutes.js';
import { toRunResult } from '../../sim/run-result.js';
import type { CommandModule } from '../command.js';
import { ExitCode } from '../errors.js';
import { loadScenarioFile, parseSeed } from '../load-scenario-file.js';
import { writeJournalFile } from '../tui/journal-io.js';
import { createSessionSetup } from '../../machine/session-setup.js';

/** `gasim run <scenario> [--seed N] [--json] [--journal FILE] [--force]`: one whole session, headless. */
export const run: CommandModule['run'] = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { seed: { type: 'string' }, json: { type: 'boolean' }, journal: { type: 'string' }, force: { type: 'boolean' } },
  });
  const file = positionals[0] ?? 'scenarios/marrakech-2025.yaml';
  const loaded = await loadScenarioFile(file, io);
  const scenario = loaded.checked.scenario;
  const seed = parseSeed(values.seed, scenario.seed);
  const result = runSession(scenario, seed, { setup: createSessionSetup(scenario) });
  if (values.journal) {
    await writeJournalFile({ path: values.journal, io, scenarioFile: file, scenarioText: loaded.text, scenarioId: scenario.id, seed, overwrite: Boolean(values.force) }, result.events);
  }
  const ctx = result.snapshot.context;
  io.stdout.write(values.json ? JSON.stringify(toRunResult(ctx), null, 2) + '\n' : renderMinutes(ctx));
  return ExitCode.ok;
};
