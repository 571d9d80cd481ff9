import { isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { DocPath } from './scenario-problem.js';

/** Limits on an untrusted scenario file (issue 9, item 1). */
export interface YamlLimits {
  readonly maxBytes: number;
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxStringLength: number;
  /** Entries of one list or one map. */
  readonly maxListLength: number;
}

export const DEFAULT_LIMITS: YamlLimits = {
  maxBytes: 2 * 1024 * 1024,
  maxDepth: 32,
  maxAliases: 100,
  maxStringLength: 20_000,
  maxListLength: 10_000,
};

/** Keys that could reach an object's prototype if they were ever used as property names. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface LimitBreach {
  readonly kind: 'limit' | 'forbidden-key';
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
      node.items.forEach((item, index) => {
        if (!isPair(item)) return walk(item, [...path, index]);
        const key = isScalar(item.key) ? String(item.key.value) : '';
        if (FORBIDDEN_KEYS.has(key))
          breaches.push({ kind: 'forbidden-key', message: `key '${key}' is not allowed`, hint: `'${key}' is reserved; rename the key`, path: [...path, key], offset: offsetOf(item.key) });
        else walk(item.value, [...path, key]);
      });
    }
  };
  walk(root, []);
  return breaches;
}
