// `node --import ./dist/bench/trace-imports.js …` with GASIM_TRACE_IMPORTS=FILE: records every
// module URL the program resolves in FILE (one per line), through a `module.register()` hook.
import { register } from 'node:module';

const file = process.env.GASIM_TRACE_IMPORTS;
if (file) register(new URL('./trace-hooks.js', import.meta.url), { data: { file } });
