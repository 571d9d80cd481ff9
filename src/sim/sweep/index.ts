/**
 * Monte Carlo sweeps (issue 5): run i of a sweep seeded S uses seed `deriveSeed(S, i)`; workers run
 * contiguous chunks and aggregate integer counts locally; the main thread merges them, so the same
 * seed gives the same summary whatever the number of workers.
 */
export { aggregateOutcomes, mergeAggregates, EMPTY_AGGREGATE, type SweepAggregate, type SeatTally, type QuestionTally } from './aggregate.js';
export { summarise, type SweepSummary, type SeatSummary, type QuestionSummary, type CandidateSummary, type BallotShare } from './summarise.js';
export { catalogueOf, questionKey, type SweepCatalogue, type CatalogueElection, type CatalogueQuestion, type CatalogueCandidate } from './catalogue.js';
export { shareDistribution, sparkline, type ShareDistribution, type ShareBin } from './share.js';
export { candidateName, seatLabel, type NotHeldReason } from './labels.js';
export { summaryToJson, summaryToCsv, CSV_HEADER } from './summary-format.js';
export { renderSummary } from './render-summary.js';
export { wilsonEstimate, type Estimate } from './wilson.js';
export { runChunk, chunkRanges, type RunOne } from './run-chunk.js';
export { runSweep, type SweepOptions } from './run-sweep.js';
export type { RunModule } from './run-module.js';
export { formatProgress, formatDuration, createProgressWriter, type ProgressState, type ProgressStream } from './progress.js';
export { deriveSeed } from '../../random/derive-seed.js';
