#!/usr/bin/env node
// The imperative shell's entry point: the only module that touches `process`.
import { main } from './cli/main.js';

// a closed stdout (`gasim run --json | head`) ends the command quietly; a full disk under a
// redirection (`> /dev/full`) is exit 2 with a fix, never a stack trace (issue 18)
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`gasim: cannot write the output (${error.code ?? 'error'})\n  fix: check where the output goes (a full disk, a closed pipe)\n`);
  process.exit(2);
});

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
});
process.exitCode = code;
