// `node --import ./bench/trace-imports.mjs …` with GASIM_TRACE_IMPORTS=FILE: records every module
// URL the program resolves in FILE (one per line), through a `module.register()` hook. Plain
// JavaScript so that the traced program (the built CLI) runs without tsx.
import { register } from 'node:module';

const file = process.env.GASIM_TRACE_IMPORTS;
if (file) register(new URL('./trace-hooks.mjs', import.meta.url), { data: { file } });
