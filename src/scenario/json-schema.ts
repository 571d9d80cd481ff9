import * as z from 'zod';
import { ScenarioSchema } from './schema.js';

/** The JSON Schema of scenario files, for editors (committed as scenarios/scenario.schema.json). */
export function scenarioJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return sortKeys({
    $schema,
    title: 'gasim scenario',
    description: 'One General Assembly session for the gasim simulator (format gasim/scenario@1). Generated from src/scenario/schema.ts by `gasim schema`; do not edit.',
    ...rest,
  }) as Record<string, unknown>;
}

/** The schema as the committed file holds it: 2-space JSON and a final newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

/** Sorts object keys recursively so that the file is stable across zod versions' key order. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]));
}
