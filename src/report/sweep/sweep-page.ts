import type { SweepInput } from '../input/sweep-input.js';
import type { PageHead } from '../page.js';
import type { Section } from '../section.js';
import { questionsSection } from './questions-section.js';
import { seatsSection } from './seats-section.js';
import { sweepSummarySection } from './summary-section.js';

/** The sections of a sweep's report, in page order. */
export const SWEEP_SECTIONS: readonly Section<SweepInput>[] = [sweepSummarySection, seatsSection, questionsSection];

export function sweepHead(sweep: SweepInput, generator: string): PageHead {
  return {
    kicker: 'Sweep report',
    title: sweep.scenario.title,
    subtitle: `Monte Carlo sweep of ${sweep.runs.toLocaleString('en-GB')} runs · seed ${sweep.seed} · ${sweep.seats.length} seats, ${sweep.questions.length} questions · probabilities with 95% intervals`,
    generator,
  };
}
