/** Limits on an untrusted journal (issue 9, item 1): the same spirit as the scenario's YAML limits. */
export const JOURNAL_LIMITS = {
  /** A journal line is a few hundred bytes; a whole recorded ballot of 196 members is ~3 KB. */
  maxLineBytes: 64 * 1024,
  maxDepth: 8,
  // what replays within a minute (node dist/bench/journal-replay.js; issue 18): 5,000 events took 6 s
  maxLines: 20_000,
  maxBytes: 256 * 1024 * 1024,
} as const;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The first limit a parsed JSON value breaks (too deep, or a key that could reach a prototype), or null. */
export function findJsonBreach(value: unknown, maxDepth: number = JOURNAL_LIMITS.maxDepth): { code: string; message: string } | null {
  // iterative, so hostile nesting cannot overflow the stack
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: node, depth } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= maxDepth) return { code: 'journal/too-deep', message: `JSON nested deeper than ${maxDepth} levels` };
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return { code: 'journal/forbidden-key', message: `key '${key}' is not allowed` };
      stack.push({ value: (node as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return null;
}
