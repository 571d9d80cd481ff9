import { parseArgs } from 'node:util';
import { runSession } from '../../sim/run-session.js';
import { renderMinutes } from '../../sim/minutes.js';
import { toRunResult } from '../../sim/run-result.js';
import type { CommandModule } from '../command.js';
import { ExitCode } from '../errors.js';
import { loadScenarioFile, parseSeed } from '../load-scenario-file.js';
import { resolve } from 'node:path';
import { formatJournalLine, journalHeader } from '../../machine/journal.js';
import { createJournalFile } from '../journal-file.js';
import { VERSION } from '../version.js';
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
  // the journal is appended event by event, each line flushed, so a killed run can be resumed
  const journal = values.journal
    ? createJournalFile(resolve(io.cwd, values.journal), journalHeader({ version: VERSION, scenarioId: scenario.id, scenarioFile: file, scenarioText: loaded.text, seed }), { force: Boolean(values.force) })
    : null;
  let result;
  try {
    result = runSession(scenario, seed, { setup: createSessionSetup(scenario), ...(journal ? { onEvent: (seq, event) => journal.append(formatJournalLine(seq, event)) } : {}) });
  } finally {
    journal?.close();
  }
  const ctx = result.snapshot.context;
  io.stdout.write(values.json ? JSON.stringify(toRunResult(ctx), null, 2) + '\n' : renderMinutes(ctx));
  return ExitCode.ok;
};
