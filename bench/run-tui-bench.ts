// `npm run bench:tui`: the TUI timings of issue 6 as one JSON object on stdout.
import { benchKeys, benchStep, loadMarrakech } from './tui-bench.js';
import { benchFirstFrame } from './tui-pty.js';

export async function benchTuiAll(options: { presses: number; ptyRepetitions: number }) {
  const scenario = loadMarrakech(new URL('../', import.meta.url));
  const firstFrame = options.ptyRepetitions > 0 ? await benchFirstFrame(options.ptyRepetitions) : { skipped: 'not requested' };
  const keys = await benchKeys(scenario, { presses: options.presses });
  const step = benchStep(scenario);
  return { firstFrame, keys, step };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(JSON.stringify(await benchTuiAll({ presses: 60, ptyRepetitions: 3 }), null, 2) + '\n');
}
