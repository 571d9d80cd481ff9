import type { CommandEntry, CommandModule } from '../command.js';
import { drawForThePersonAtTheTerminal } from '../terminal-env.js';
import { SPECS } from './specs.js';

const LOADERS: Readonly<Record<string, () => Promise<CommandModule>>> = {
  run: () => import('./run.js'),
  sweep: () => import('./sweep.js'),
  compare: () => import('./compare.js'),
  calibrate: () => import('./calibrate.js'),
  merge: () => import('./merge.js'),
  report: () => import('./report.js'),
  tui: () => (drawForThePersonAtTheTerminal(), import('./tui.js')),
  members: () => import('./members.js'),
  validate: () => import('./validate.js'),
  check: () => import('./check.js'),
  schema: () => import('./schema.js'),
  resume: () => import('./resume.js'),
  verify: () => import('./verify.js'),
  diagram: () => import('./diagram.js'),
  train: () => (drawForThePersonAtTheTerminal(), import('./train.js')),
  drill: () => (drawForThePersonAtTheTerminal(), import('./drill.js')),
};

/**
 * Every command of `gasim`: its spec (specs.ts) and its module. Commands are loaded lazily so that
 * `--help` and `validate` start without loading the terminal UI or the machine.
 */
export const COMMANDS: readonly CommandEntry[] = SPECS.map((spec) => ({ spec, load: LOADERS[spec.name]! }));
