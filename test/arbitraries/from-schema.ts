import fc from 'fast-check';
import type * as z from 'zod';

/**
 * A fast-check arbitrary of the values a zod (v4) schema accepts, read off the schema's own
 * definition, so that a test's inputs follow the schema when it changes (issue 15, item 4: events
 * declared once, their arbitraries derived). It knows the kinds the project's event schemas use:
 * objects (strict), literals, enums, optionals, readonly, unions, records, booleans, numbers with
 * their integer format and bounds, and strings by their pattern and maximum length. Checks it
 * cannot read (a custom `refine`) are kept by filtering on the schema itself. `overrides` gives
 * the arbitrary of a schema by identity: member codes from a registry rather than any three capitals.
 *
 * No library does this for zod 4 and fast-check 4 (zod-fast-check supports zod 3 and fast-check 3).
 */
export function arbitraryOf(schema: z.ZodType, overrides: ReadonlyMap<z.ZodType, fc.Arbitrary<unknown>> = new Map()): fc.Arbitrary<unknown> {
  const derived = derive(schema, overrides);
  return derived.filter((value) => schema.safeParse(value).success);
}

interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly shape?: Record<string, z.ZodType>;
  readonly values?: readonly unknown[];
  readonly entries?: Record<string, string | number>;
  readonly innerType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly keyType?: z.ZodType;
  readonly valueType?: z.ZodType;
}

interface CheckDef {
  readonly check: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly maximum?: number;
  readonly minimum?: number;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): CheckDef[] => (def.checks ?? []).map((c) => c._zod.def);

function derive(schema: z.ZodType, overrides: ReadonlyMap<z.ZodType, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const override = overrides.get(schema);
  if (override) return override;
  const def = defOf(schema);
  const sub = (s: z.ZodType) => derive(s, overrides);
  switch (def.type) {
    case 'object': {
      const shape = def.shape!;
      const optional = Object.keys(shape).filter((k) => defOf(shape[k]!).type === 'optional');
      const fields = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, defOf(s).type === 'optional' ? sub(defOf(s).innerType!) : sub(s)]));
      return fc.record(fields, { requiredKeys: Object.keys(shape).filter((k) => !optional.includes(k)) });
    }
    case 'literal':
      return fc.constantFrom(...def.values!);
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries!));
    case 'optional':
      return fc.option(sub(def.innerType!), { nil: undefined });
    case 'readonly':
      return sub(def.innerType!);
    case 'union':
      return fc.oneof(...def.options!.map(sub));
    case 'record':
      return fc.dictionary(sub(def.keyType!) as fc.Arbitrary<string>, sub(def.valueType!), { maxKeys: 6 });
    case 'boolean':
      return fc.boolean();
    case 'number':
      return numberOf(checksOf(def));
    case 'string':
      return stringOf(checksOf(def));
    default:
      throw new Error(`arbitraryOf: no arbitrary for a zod ${def.type}; give one in overrides`);
  }
}

function numberOf(checks: readonly CheckDef[]): fc.Arbitrary<number> {
  let min = -1_000_000;
  let max = 1_000_000;
  for (const c of checks) {
    if (c.check === 'greater_than') min = Math.max(min, c.inclusive ? c.value! : c.value! + 1);
    if (c.check === 'less_than') max = Math.min(max, c.inclusive ? c.value! : c.value! - 1);
  }
  const integer = checks.some((c) => c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32'));
  // small numbers most of the time: events carry counts of a few hundred members
  const small = fc.integer({ min, max: Math.min(max, min + 400) });
  return integer ? fc.oneof({ arbitrary: small, weight: 4 }, { arbitrary: fc.integer({ min, max }), weight: 1 }) : fc.double({ min, max, noNaN: true });
}

function stringOf(checks: readonly CheckDef[]): fc.Arbitrary<string> {
  const pattern = checks.find((c) => c.check === 'string_format' && c.format === 'regex')?.pattern;
  const maxLength = Math.min(200, ...checks.filter((c) => c.check === 'max_length').map((c) => c.maximum!));
  const strings = pattern ? fc.stringMatching(pattern) : fc.string({ maxLength });
  return strings.filter((s) => s.length <= maxLength);
}
