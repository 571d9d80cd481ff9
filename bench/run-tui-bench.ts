// `npm run bench:tui`: the TUI timings of issue 6 as one JSON object on stdout.
// `npm run bench:tui -- --baseline REF [--repetitions N]`: issue 17's first frame instead, this checkout
// against a build of REF, in turns (wall and CPU time at the first frame, load averages around).
import { fileURLToPath } from 'node:url';
import { baselineBuild } from './baseline-worktree.js';
import { progress } from './stats.js';
import { benchKeys, benchStep, loadMarrakech } from './tui-bench.js';
import { benchFirstFrame, benchFirstFrameSideBySide } from './tui-pty.js';

export async function benchTuiAll(options: { presses: number; ptyRepetitions: number }) {
  const scenario = loadMarrakech(new URL('../', import.meta.url));
  const firstFrame = options.ptyRepetitions > 0 ? await benchFirstFrame(options.ptyRepetitions) : { skipped: 'not requested' };
  const keys = await benchKeys(scenario, { presses: options.presses });
  const step = benchStep(scenario);
  return { firstFrame, keys, step };
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ref = option('--baseline');
  const repetitions = Number(option('--repetitions') ?? (ref ? 7 : 3));
  if (ref === undefined) {
    process.stdout.write(JSON.stringify(await benchTuiAll({ presses: 60, ptyRepetitions: repetitions }), null, 2) + '\n');
  } else {
    const root = fileURLToPath(new URL('../', import.meta.url));
    const base = baselineBuild(root, ref);
    progress(`first frame: ${ref} (${base.commit.slice(0, 7)}) and this checkout in turns, ${repetitions} rounds`);
    const result = await benchFirstFrameSideBySide([{ label: `${ref} (${base.commit.slice(0, 7)})`, root: fileURLToPath(new URL('../', `file://${base.dist}/`)) }, { label: 'this checkout', root }], repetitions);
    if (!('skipped' in result)) {
      for (const c of result.checkouts) progress(`${c.label}: first frame ${c.wallMs.median} ms wall, ${c.cpuMs.median} ms CPU (medians)`);
      progress(`bare node writing the header: ${result.bareNode.wallMs.median} ms wall, ${result.bareNode.cpuMs.median} ms CPU; load ${result.loadAverage.before.join(' ')} → ${result.loadAverage.after.join(' ')} on ${result.loadAverage.cpus} CPUs`);
    }
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  }
}
