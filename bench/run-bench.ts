// `npm run bench`: issue 5's figures (and issue 6's TUI timings) as ONE JSON object on stdout;
// progress goes to stderr. Sizes are chosen to finish in under two minutes on a 2-core machine.
// `npm run bench -- --baseline REF [--rounds N] [--window-ms MS] [--sweep-runs N]`: issue 15's
// comparison instead: this checkout against a build of REF, side by side (bench/baseline-bench.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../src/sim/run-session.js';
import { benchAllocation } from './allocation-bench.js';
import { benchAnalyst } from './analyst-bench.js';
import { benchBaseline, describeBaseline } from './baseline-bench.js';
import { benchTuiAll } from './run-tui-bench.js';
import { benchSessions } from './session-bench.js';
import { benchStartup, tracerSeesUi } from './startup-bench.js';
import { progress, round } from './stats.js';
import { benchParallel, benchSweepMemory } from './sweep-bench.js';
import { benchTally } from './tally-bench.js';
import { checkTargets } from './targets.js';
import { FRAME_MS } from './tui-bench.js';

const ROOT = new URL('../', import.meta.url);
const SCENARIO = 'scenarios/marrakech-2025.yaml';
/** The TUI part is skipped if the rest took longer than this (to stay under two minutes). */
const TUI_BUDGET_MS = 90_000;

async function main() {
  const started = performance.now();
  const text = readFileSync(new URL(SCENARIO, ROOT), 'utf8');
  const scenario = loadScenario(text, SCENARIO);
  progress('sessions: machine, straight loop and the two floors (7 interleaved rounds of 0.6 s windows after 1 s of warm-up each), then costs per kind of event');
  const sessions = benchSessions(scenario, { warmupMs: 1000, windowMs: 600, windows: 7 });
  const runs = Math.min(1000, Math.max(40, Math.round(sessions.sessionsPerSecond * 3.5)));
  progress(`sweep: ${runs} Marrakech runs with 1 and 2 workers, then in 1 and 2 plain processes (the ceiling), 3 rounds`);
  const { workers, processPair } = await benchParallel(text, fileURLToPath(new URL(SCENARIO, ROOT)), { runs, rounds: 3 });
  progress('allocation: bytes per session through the machine and through the statechart alone');
  const allocation = await benchAllocation(fileURLToPath(new URL(SCENARIO, ROOT)));
  progress('tally: 1,000,000-member ballot');
  const tally = benchTally();
  progress('sweep memory: 10,000 and 100,000 runs in child processes');
  const memory = await benchSweepMemory({ small: 10_000, large: 100_000, workers: 2 });
  progress('start-up: --help and validate, 3 runs each, and their module graphs');
  const help = await benchStartup(['--help'], 3);
  const validate = await benchStartup(['validate', SCENARIO], 3);
  const tracerWorks = await tracerSeesUi();
  const spent = performance.now() - started;
  const tui = spent < TUI_BUDGET_MS ? (progress('tui: pty first frame, key presses, steps'), await benchTuiAll({ presses: 40, ptyRepetitions: 2 })) : { skipped: `time budget: ${Math.round(spent / 1000)} s spent before the TUI part` };
  progress('analyst (issue 16): a 6-point grid of 300 runs each against one sweep of 1,800 (2 rounds), merge of 100 partials, run-table memory');
  const analyst = await benchAnalyst({ runsPerPoint: 300, rounds: 2, memoryRepetitions: 1 });
  const ui = tracerWorks ? help.uiModulesLoaded.length + validate.uiModulesLoaded.length : null;
  const keys = 'keys' in tui ? tui.keys : null;
  const result = {
    scenario: SCENARIO,
    node: process.version,
    cpus: (await import('node:os')).availableParallelism(),
    sessionsPerSecond: sessions.sessionsPerSecond,
    straightLoopSessionsPerSecond: sessions.straightLoopSessionsPerSecond,
    machineToLoopRatio: sessions.machineToLoopRatio,
    sessions,
    twoWorkerSpeedup: workers.twoWorkerSpeedup,
    workers,
    processPair,
    allocation,
    tallyVotesPerSecond: tally.tallyVotesPerSecond,
    tally,
    sweepPeakMemory: memory,
    helpAndValidateStartMs: { help: help.medianMs, validate: validate.medianMs, tracerSeesTuiUi: tracerWorks, details: [help, validate] },
    tui,
    analyst,
    targets: checkTargets({
      sessionsPerSecond: sessions.sessionsPerSecond,
      machineToLoopRatio: sessions.machineToLoopRatio,
      twoWorkerSpeedup: workers.twoWorkerSpeedup,
      immerFloorSessionsPerSecond: sessions.immerFloor.sessionsPerSecond,
      ratioCeiling: sessions.ratioCeiling,
      twoProcessSpeedup: processPair.twoProcessSpeedup,
      tallyVotesPerSecond: tally.tallyVotesPerSecond,
      sweepMemoryRatio: memory.ratio,
      uiModulesAtStartup: ui,
      keyRedrawP95Ms: keys?.keyRedraw?.p95Ms ?? null,
      firstFrameRenderMs: keys?.firstFrameRenderMs ?? null,
      frameMs: FRAME_MS,
    }),
    benchSeconds: 0,
  };
  result.benchSeconds = round((performance.now() - started) / 1000, 1);
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

const baseline = option('--baseline');
if (baseline === undefined) await main();
else {
  const result = await benchBaseline({
    ref: baseline,
    scenario: SCENARIO,
    rounds: Number(option('--rounds') ?? 7),
    warmupMs: 1500,
    windowMs: Number(option('--window-ms') ?? 2000),
    sweepRuns: Number(option('--sweep-runs') ?? 300),
    sweepRounds: 3,
  });
  process.stderr.write(describeBaseline(result) + '\n');
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
}
