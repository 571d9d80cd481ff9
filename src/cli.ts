#!/usr/bin/env node
// The imperative shell's entry point: the only module that touches `process`.
import { main } from './cli/main.js';

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
});
process.exitCode = code;
