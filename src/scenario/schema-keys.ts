import type { z } from 'zod';
import type { DocPath } from './scenario-problem.js';

/**
 * The keys a strict object at `path` accepts, found by walking the zod schema alongside the
 * data (to pick the right member of a discriminated union). Used to suggest a fix for a typo.
 */
export function allowedKeysAt(schema: z.ZodType, path: DocPath, data: unknown): string[] {
  let node: z.core.$ZodType | undefined = unwrap(schema);
  let value = data;
  for (const part of path) {
    node = node && unwrap(pick(node, value));
    node = node && unwrap(child(node, part));
    value = isRecord(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[part] : undefined;
    if (node === undefined) return [];
  }
  node = node && unwrap(pick(node, value));
  const def = node?._zod.def;
  return def?.type === 'object' ? Object.keys((def as z.core.$ZodObjectDef).shape) : [];
}

function unwrap(node: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  let current = node;
  for (let i = 0; current && i < 10; i += 1) {
    const def = current._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
  return current;
}

/** For a union, the member that fits the data: by discriminator, or the first object member. */
function pick(node: z.core.$ZodType, value: unknown): z.core.$ZodType | undefined {
  const def = node._zod.def as { type: string; options?: z.core.$ZodType[]; discriminator?: string };
  if (def.type !== 'union' || !def.options) return node;
  const objects = def.options.map((o) => unwrap(o)).filter((o) => o?._zod.def.type === 'object');
  if (def.discriminator && isRecord(value)) {
    const wanted = value[def.discriminator];
    return objects.find((o) => {
      const field = (o?._zod.def as z.core.$ZodObjectDef).shape[def.discriminator!];
      return (field?._zod.def as { values?: unknown[] }).values?.includes(wanted);
    });
  }
  if (isRecord(value)) {
    // the object member sharing most keys with the data
    const score = (o: z.core.$ZodType | undefined) =>
      Object.keys(value).filter((k) => k in (o?._zod.def as z.core.$ZodObjectDef).shape).length;
    return [...objects].sort((a, b) => score(b) - score(a))[0];
  }
  return node;
}

function child(node: z.core.$ZodType, part: string | number): z.core.$ZodType | undefined {
  const def = node._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType; valueType?: z.core.$ZodType };
  if (def.type === 'object') return def.shape?.[String(part)];
  if (def.type === 'array') return def.element;
  if (def.type === 'record') return def.valueType;
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export { closest, editDistance } from './closest.js';
