import * as z from 'zod';
import { RunResultSchema } from './run-result.js';

/** The JSON Schema of `gasim run --json` (generated from the zod schema, the source of truth). */
export function resultJsonSchemaText(): string {
  const schema = z.toJSONSchema(RunResultSchema, { io: 'output', unrepresentable: 'any' });
  return `${JSON.stringify({ title: 'gasim run result (gasim/result@1)', ...schema }, null, 2)}\n`;
}
