import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../test-utils/io.js';
import { arbScenarioPlan, scenarioTextOf, type ScenarioPlan } from './semantic-scenario.js';

/**
 * The control-character class of issue 18: ESC/OSC/CSI sequences, C0 and C1 controls, NUL and bidi
 * overrides in names, titles, `rules.name` and in the keys of a scenario, through `gasim validate`
 * and `gasim run` in process. Every output must reach the terminal neutralised.
 */

/** Sequences an attacker plants: window title, screen clear, cursor moves, bidi overrides, NUL, C1 CSI. */
export const HOSTILE_SNIPPETS = [
  '\u001b]0;pwned\u0007',
  '\u001b[2J\u001b[H',
  '\u001b[31mred',
  '\u009b31m',
  '\u0000',
  '\u202e',
  '\u2066x\u2069',
  '\u200f',
  '\r',
  '\u0008\u0008',
  '\u007f',
  '| cell |\n# Heading',
] as const;

/** A raw control or bidi character on a terminal: what the neutraliser must escape (newline and tab excepted). */
export const UNSAFE_ON_TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** A hostile text plan: which snippet goes where (by the text's own number), and a hostile key or not. */
export const arbHostileTextPlan = fc.record({
  plan: arbScenarioPlan,
  snippets: fc.array(fc.constantFrom(...HOSTILE_SNIPPETS), { minLength: 1, maxLength: 4 }),
  every: fc.integer({ min: 1, max: 3 }),
  hostileKey: fc.option(fc.constantFrom(...HOSTILE_SNIPPETS), { nil: undefined }),
  command: fc.constantFrom('validate', 'run'),
});

export type HostileTextPlan = typeof arbHostileTextPlan extends fc.Arbitrary<infer T> ? T : never;

/** The scenario text of a hostile-text plan: snippets spliced into free text, and maybe into a key. */
export function hostileScenarioText(p: HostileTextPlan): string {
  const text = (plain: string, n: number) => (n % p.every === 0 ? `${plain}${p.snippets[n % p.snippets.length]!}` : plain);
  const yaml = scenarioTextOf(p.plan as ScenarioPlan, text);
  if (p.hostileKey === undefined) return yaml;
  // an unknown key with the snippet in it: the loader refuses it and names the key
  return yaml.replace(/^title: /m, `${JSON.stringify(`ti${p.hostileKey}tle`)}: x\ntitle: `);
}

function fail(message: string): never {
  throw new Error(message);
}

/** Where the first unsafe character of an output is, shown escaped. */
function unsafeAt(text: string): string | undefined {
  const m = UNSAFE_ON_TERMINAL.exec(text);
  if (m === null) return undefined;
  return JSON.stringify(text.slice(Math.max(0, m.index - 30), m.index + 10));
}

/**
 * `gasim validate|run` on a scenario with hostile text: exit 0 or 2 (never 3), no stack trace, a
 * located message on refusal, and nothing unsafe on stdout or stderr.
 */
export async function checkHostileText(dir: string, p: HostileTextPlan): Promise<'ok' | 'refused'> {
  writeFileSync(join(dir, 'hostile.yaml'), hostileScenarioText(p));
  const io = captureIo({ cwd: dir });
  const code = await main([p.command, 'hostile.yaml'], io);
  const err = io.err();
  if (code !== 0 && code !== 2) fail(`gasim ${p.command}: exit ${code}: ${err.slice(0, 2000)}`);
  if (/\n\s+at /.test(err)) fail(`gasim ${p.command}: a stack trace was printed: ${err.slice(0, 2000)}`);
  const bad = unsafeAt(io.out()) ?? unsafeAt(err);
  if (bad !== undefined) fail(`gasim ${p.command}: a raw control or bidi character reached the terminal: ${bad}`);
  // a title with a newline and '#' must not become a heading of the minutes (Markdown injection)
  if (/^# Heading/m.test(io.out())) fail(`gasim ${p.command}: a name started a Markdown heading in the minutes`);
  return code === 0 ? 'ok' : 'refused';
}
