import fc from 'fast-check';
import { parse, stringify } from 'yaml';

/** Any JSON-like value, as YAML or JSON text. */
export const documentText = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => stringify(v)),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
);

type Path = (string | number)[];

function paths(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function edit(root: unknown, path: Path, change: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = structuredClone(root);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (last !== undefined) change(parent, last);
  return copy;
}

const replacement = fc.oneof(
  fc.constantFrom(null, true, 1e308, -1, 2 ** 53, -0, 1.5, '', 'ÿ\u0000\u202e', '__proto__', [], {}, 'FRA', 'election', 'x'.repeat(30_000)),
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer(),
);

// snippets an attacker would try, inserted at a line start
const HOSTILE = [
  '__proto__: { polluted: true }\n',
  'constructor: { prototype: { polluted: true } }\n',
  'x: !!js/function "function () { return 1 }"\n',
  'x: !custom { a: 1 }\n',
  'a: &a [x, x]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n',
  `deep: ${'['.repeat(200)}${']'.repeat(200)}\n`,
  `long: ${'y'.repeat(25_000)}\n`,
];

/** Random mutations of a real scenario: deleted keys, wrong types, huge numbers, unicode, truncation. */
export function mutatedScenario(text: string): fc.Arbitrary<string> {
  const data = parse(text) as unknown;
  const all = paths(data).filter((p) => p.length > 0);
  const path = fc.constantFrom(...all);
  return fc.oneof(
    path.map((p) => stringify(edit(data, p, (parent, key) => (Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key])))),
    fc.tuple(path, replacement).map(([p, v]) => stringify(edit(data, p, (parent, key) => (parent[key] = v)))),
    fc.nat({ max: text.length }).map((n) => text.slice(0, n)),
    fc.tuple(fc.nat({ max: text.length }), fc.string({ unit: 'grapheme', maxLength: 8 })).map(([n, s]) => text.slice(0, n) + s + text.slice(n)),
    fc.tuple(fc.nat({ max: text.length }), fc.constantFrom(...HOSTILE)).map(([n, s]) => {
      const at = text.lastIndexOf('\n', n) + 1;
      return text.slice(0, at) + s + text.slice(at);
    }),
  );
}

/** Random bytes decoded as text (invalid UTF-8 becomes U+FFFD, as a reader would see it). */
export const randomBytesText = fc.uint8Array({ maxLength: 300 }).map((bytes) => new TextDecoder().decode(bytes));

/** Random strings of any code units, including lone surrogates and control characters. */
export const randomText = fc.string({ unit: 'binary', maxLength: 300 });
