import * as z from 'zod';
import { parseYamlInput, type InputOutcome } from '../yaml-input.js';

export const OBSERVED_FORMAT = 'gasim/observed@1';

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of the scenario, e.g. elect-president').max(100);
const Count = z.number().int().min(0).max(1_000_000);

/** One published ballot: which one, the votes per candidate (or yes/no), blank and spoiled papers. */
export const ObservedBallotSchema = z.strictObject({
  item: Id,
  seat: z.number().int().min(1).max(13).default(1),
  ballot: z.number().int().min(1).max(100).default(1),
  /** For an amendment of a question item. */
  amendment: Id.optional(),
  counts: z.record(z.string().max(100), Count).refine((c) => Object.keys(c).length >= 2, 'give at least two counts (candidates, or yes and no)'),
  abstain: Count.default(0),
  invalid: Count.default(0),
  source: z.string().max(500).optional(),
});

/** Published results to calibrate a scenario's behaviour model to, and the settings to fit. */
export const ObservedFileSchema = z.strictObject({
  format: z.literal(OBSERVED_FORMAT),
  source: z.string().max(1000).optional(),
  ballots: z.array(ObservedBallotSchema).min(1).max(50),
  /** Setting paths to fit (as for `gasim sweep --vary`), e.g. voting.model.candidates.appeal.philippe. */
  fit: z.array(z.string().regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, 'a setting path such as voting.model.turnout')).max(20).default([]),
});

export type ObservedBallot = z.output<typeof ObservedBallotSchema>;
export type ObservedFile = z.output<typeof ObservedFileSchema>;

/** Reads an observed-results file; problems as located lines. */
export function parseObservedFile(text: string, file: string): InputOutcome<ObservedFile> {
  return parseYamlInput(text, file, ObservedFileSchema);
}
