import { isAlias, isMap, isPair, isScalar, isSeq, Lexer, type Node } from 'yaml';
import type { DocPath } from './scenario-problem.js';

/** Limits on an untrusted scenario file (issue 9, item 1). */
export interface YamlLimits {
  readonly maxBytes: number;
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxStringLength: number;
  /** Entries of one list or one map. */
  readonly maxListLength: number;
  /** Tokens of the whole file (keys, values, indicators), counted by the lexer before parsing. */
  readonly maxTokens: number;
}

export const DEFAULT_LIMITS: YamlLimits = {
  maxBytes: 2 * 1024 * 1024,
  maxDepth: 32,
  maxAliases: 100,
  maxStringLength: 20_000,
  maxListLength: 10_000,
  // Marrakech 2025, the largest scenario, has about 1,300
  maxTokens: 100_000,
};

/** The core schema's tags: anything else (`!!omap`, `!!set`, `!!binary`, `!!timestamp`, `!!js/…`) is refused. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * Limits checked by the lexer before anything is parsed (issue 18: limits before work, linear
 * time): the number of tokens, the nesting of flow collections (`[[[…`) and of block indicators on
 * one line (`- - - …`). Returns the first breach, or null.
 */
export function prescanYaml(text: string, limits: YamlLimits): LimitBreach | null {
  let tokens = 0;
  let flow = 0;
  let onLine = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    // the lexer's own markers (document start, scalar, flow end) are not source text
    if (token.length === 1 && token < ' ' && token !== '\n' && token !== '\r' && token !== '\t') continue;
    const at = offset;
    offset += token.length;
    if (++tokens > limits.maxTokens)
      return { kind: 'limit', message: `more than ${limits.maxTokens} tokens (keys, values and indicators)`, hint: 'a scenario has a few thousand; split the data or remove entries', path: [], offset: at };
    if (token === '[' || token === '{') flow++;
    else if (token === ']' || token === '}') flow = Math.max(0, flow - 1);
    else if (flow === 0 && (token === '-' || token === '?')) onLine++;
    else if (token.startsWith('\n') || token.startsWith('\r')) onLine = 0;
    if (flow + onLine > limits.maxDepth)
      return { kind: 'limit', message: `nesting deeper than ${limits.maxDepth} levels`, hint: 'a scenario never needs this depth; flatten the structure', path: [], offset: at };
  }
  return null;
}

/** Keys that could reach an object's prototype if they were ever used as property names. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface LimitBreach {
  readonly kind: 'limit' | 'forbidden-key' | 'duplicate-key' | 'tag';
  readonly message: string;
  readonly hint: string;
  readonly path: DocPath;
  readonly offset: number;
}

/** Walks the YAML tree (without following aliases) and lists every limit it breaks. */
export function findLimitBreaches(root: unknown, limits: YamlLimits): LimitBreach[] {
  const breaches: LimitBreach[] = [];
  let aliases = 0;
  const offsetOf = (node: unknown) => (node as Node | null)?.range?.[0] ?? 0;
  const walk = (node: unknown, path: DocPath): void => {
    if (breaches.length > 20) return;
    const offset = offsetOf(node);
    const tag = (node as { tag?: string } | null)?.tag;
    if (tag !== undefined && !CORE_TAGS.has(tag)) {
      breaches.push({ kind: 'tag', message: `tag ${tag.replace('tag:yaml.org,2002:', '!!')} not allowed`, hint: 'scenarios and rules files use plain YAML only; remove the tag', path, offset });
      return;
    }
    if (path.length > limits.maxDepth) {
      breaches.push({ kind: 'limit', message: `nesting deeper than ${limits.maxDepth} levels`, hint: 'a scenario never needs this depth; flatten the structure', path, offset });
      return;
    }
    if (isAlias(node)) {
      aliases += 1;
      if (aliases === limits.maxAliases + 1)
        breaches.push({ kind: 'limit', message: `more than ${limits.maxAliases} aliases (*name)`, hint: 'write the values out instead of repeating aliases', path, offset });
    } else if (isScalar(node)) {
      if (typeof node.value === 'string' && node.value.length > limits.maxStringLength)
        breaches.push({ kind: 'limit', message: `text of ${node.value.length} characters; the limit is ${limits.maxStringLength}`, hint: 'shorten the text', path, offset });
    } else if (isSeq(node) || isMap(node)) {
      if (node.items.length > limits.maxListLength) {
        breaches.push({ kind: 'limit', message: `${node.items.length} entries; the limit is ${limits.maxListLength}`, hint: 'split the data or remove entries', path, offset });
        return;
      }
      // duplicate keys are found here, in linear time (the parser's own check is quadratic)
      const keys = new Set<string>();
      node.items.forEach((item, index) => {
        if (!isPair(item)) return walk(item, [...path, index]);
        const key = isScalar(item.key) ? String(item.key.value) : '';
        if (isScalar(item.key) && keys.has(key))
          breaches.push({ kind: 'duplicate-key', message: 'duplicate key in a map', hint: 'each key may appear once; merge or remove the second one', path: [...path, key], offset: offsetOf(item.key) });
        keys.add(key);
        if (FORBIDDEN_KEYS.has(key))
          breaches.push({ kind: 'forbidden-key', message: `key '${key}' is not allowed`, hint: `'${key}' is reserved; rename the key`, path: [...path, key], offset: offsetOf(item.key) });
        else walk(item.value, [...path, key]);
      });
    }
  };
  walk(root, []);
  return breaches;
}
