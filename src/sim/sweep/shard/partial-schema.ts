import * as z from 'zod';

const Count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const Counts = z.record(z.string().max(200), Count);
const Id = z.string().max(200);

const SeatTallySchema = z.strictObject({
  item: Id,
  seat: z.number().int().min(1).max(100),
  post: z.enum(['president', 'vice-president', 'delegate']),
  regions: Counts,
  order: z.number().int().min(0),
  runs: Count,
  wins: Counts,
  vacant: Count,
  noCandidate: Count,
  lots: Count,
  ballots: Counts,
  shares: z.record(Id, Counts),
});

const QuestionTallySchema = z.strictObject({ item: Id, amendment: Id.nullable(), title: z.string().max(1000), order: z.number().int().min(0), runs: Count, adopted: Count });

export const AggregateSchema = z.strictObject({ runs: Count, seats: z.record(z.string().max(300), SeatTallySchema), questions: z.record(z.string().max(300), QuestionTallySchema) });

const CandidateSchema = z.strictObject({ id: Id, name: z.string().max(300), member: z.string().max(10), memberName: z.string().max(300) });

export const CatalogueSchema = z.strictObject({
  scenario: Id,
  title: z.string().max(1000),
  elections: z.array(z.strictObject({
    item: Id,
    title: z.string().max(1000),
    post: z.enum(['president', 'vice-president', 'delegate']),
    region: z.enum(['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'auto']).nullable(),
    seats: z.number().int().min(1).max(100),
    contingent: z.boolean(),
    candidates: z.array(CandidateSchema).max(1000),
  })).max(1000),
  questions: z.array(z.strictObject({ key: z.string().max(300), item: Id, amendment: Id.nullable(), title: z.string().max(1000) })).max(10_000),
});

const SettingValueSchema = z.union([z.number(), z.string().max(200), z.boolean()]);

export const PARTIAL_FORMAT = 'gasim/sweep-partial@1';

/** A shard's exact partial result (`gasim sweep … --shard i/n`): integer counts per grid point, and what must match to merge. */
export const PartialSchema = z.strictObject({
  format: z.literal(PARTIAL_FORMAT),
  gasim: z.string().max(50),
  scenario: z.strictObject({ id: Id, file: z.string().max(4096), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  seed: z.number().int().min(0).max(2 ** 32 - 1),
  runs: z.number().int().min(1).max(1e9),
  shard: z.strictObject({ index: z.number().int().min(1), count: z.number().int().min(1).max(100_000) }),
  range: z.tuple([z.number().int().min(0), z.number().int().min(0)]),
  parameters: z.array(z.strictObject({ path: z.string().max(300), values: z.array(SettingValueSchema).max(1000) })).max(20),
  points: z.array(z.strictObject({ values: z.record(z.string().max(300), SettingValueSchema), catalogue: CatalogueSchema, aggregate: AggregateSchema })).min(1).max(100_000),
});

export type SweepPartial = z.output<typeof PartialSchema>;
