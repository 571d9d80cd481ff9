// `node --import ./bench/frame-cpu.mjs dist/cli.js tui …` with GASIM_FRAME_CPU=FILE: appends to FILE the
// process's CPU time (user + system, all threads, ms) and its uptime (ms) at the first write to stdout
// that shows the header, i.e. the first frame. CPU time is what a loaded, shared machine inflates least.
// Plain JavaScript so that the measured program (the built CLI) runs without tsx.
import { appendFileSync } from 'node:fs';

const file = process.env.GASIM_FRAME_CPU;
const HEADER = 'Marrakech';
if (file) {
  const write = process.stdout.write;
  let seen = false;
  process.stdout.write = function (chunk, ...rest) {
    if (!seen && String(chunk).includes(HEADER)) {
      seen = true;
      const cpu = process.cpuUsage();
      appendFileSync(file, `${(cpu.user + cpu.system) / 1000} ${process.uptime() * 1000}\n`);
    }
    return write.call(this, chunk, ...rest);
  };
}
