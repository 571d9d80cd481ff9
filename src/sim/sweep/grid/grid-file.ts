import * as z from 'zod';
import { parseYamlInput, type InputOutcome } from '../yaml-input.js';
import { parseValues, ParameterError, type Parameter } from './values.js';

export const GRID_FORMAT = 'gasim/grid@1';

const ValueSchema = z.union([z.number(), z.string().max(200), z.boolean()]);

/** A grid file: `format: gasim/grid@1` and `grid:`, each setting's path with a list, a range `from:to:step` or one value. */
export const GridFileSchema = z.strictObject({
  format: z.literal(GRID_FORMAT),
  grid: z.record(z.string().regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, 'a setting path such as voting.model.turnout'), z.union([ValueSchema, z.array(ValueSchema).min(1).max(1000)])),
});

/** The parameters of a grid file, in the file's order; problems as located lines. */
export function parseGridFile(text: string, file: string): InputOutcome<Parameter[]> {
  const parsed = parseYamlInput(text, file, GridFileSchema);
  if (!parsed.ok) return parsed;
  try {
    const parameters = Object.entries(parsed.value.grid).map(([path, spec]) => ({
      path,
      values: Array.isArray(spec) ? spec : typeof spec === 'string' ? parseValues(spec, `${file}: grid.${path}`) : [spec],
    }));
    return { ok: true, value: parameters };
  } catch (error) {
    if (error instanceof ParameterError) return { ok: false, lines: [`${error.message} (hint: ${error.hint})`] };
    throw error;
  }
}
