import * as z from 'zod';

/**
 * What the report reads from `gasim sweep --json` (format `gasim/sweep-summary@1`, the
 * `SweepSummary` of src/sim/sweep/summarise.ts). Unknown keys are ignored, so fields the summary
 * gains later do not break the report.
 */
export const SWEEP_FORMAT = 'gasim/sweep-summary@1';

const EstimateSchema = z.object({
  count: z.number().int().nonnegative(),
  p: z.number().min(0).max(1),
  low: z.number().min(0).max(1),
  high: z.number().min(0).max(1),
});
const Percent = z.number().min(0).max(100);

const CandidateSchema = z.object({
  id: z.string(),
  name: z.string(),
  member: z.string(),
  memberName: z.string(),
  wins: EstimateSchema,
  onDecisiveBallot: EstimateSchema,
  share: z
    .object({
      runs: z.number().int().nonnegative(),
      quantiles: z.object({ p5: Percent, p25: Percent, p50: Percent, p75: Percent, p95: Percent }),
      histogram: z.array(z.object({ percent: Percent, count: z.number().int().nonnegative() })),
    })
    .nullable(),
});

const SeatSchema = z.object({
  item: z.string(),
  seat: z.number().int().positive(),
  seats: z.number().int().positive(),
  label: z.string(),
  post: z.string(),
  region: z.string().nullable(),
  runs: z.number().int().nonnegative(),
  candidates: z.array(CandidateSchema),
  vacant: EstimateSchema,
  notHeld: EstimateSchema,
  notHeldReasons: z.array(z.object({ label: z.string(), count: z.number().int().nonnegative() })),
  lots: EstimateSchema,
  ballots: z.array(z.object({ ballots: z.number().int().nonnegative(), count: z.number().int().nonnegative(), p: z.number().min(0).max(1) })),
  meanBallots: z.number().nonnegative(),
});

export const SweepInputSchema = z.object({
  format: z.literal(SWEEP_FORMAT),
  scenario: z.object({ id: z.string(), title: z.string() }),
  seed: z.number().int(),
  runs: z.number().int().positive(),
  seats: z.array(SeatSchema),
  questions: z.array(
    z.object({
      item: z.string(),
      amendment: z.string().nullable(),
      title: z.string(),
      runs: z.number().int().nonnegative(),
      put: EstimateSchema,
      adopted: EstimateSchema,
    }),
  ),
});

export type SweepInput = z.output<typeof SweepInputSchema>;
export type SweepSeatInput = SweepInput['seats'][number];
export type SweepCandidateInput = SweepSeatInput['candidates'][number];
export type EstimateInput = z.output<typeof EstimateSchema>;
