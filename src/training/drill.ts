import fc from 'fast-check';
import { arbElectionDrill, arbEligibilityDrill, arbMajorityDrill, arbMotionDrill, type DrillArbitrary } from './drill-situations.js';
import type { Question, Topic } from './question.js';

/** The topics a drill covers; `procedure` needs a live session and is trained by `gasim train`. */
export type DrillTopic = Exclude<Topic, 'procedure'>;

export const DRILL_TOPICS: readonly DrillTopic[] = ['majorities', 'elections', 'eligibility', 'motions'];

const ARBITRARIES: Readonly<Record<DrillTopic, DrillArbitrary>> = {
  majorities: arbMajorityDrill,
  elections: arbElectionDrill,
  eligibility: arbEligibilityDrill,
  motions: arbMotionDrill,
};

export interface DrillOptions {
  readonly count: number;
  readonly seed: number;
  /** One topic, or all drill topics in turn. */
  readonly topic?: DrillTopic;
}

/**
 * Short exercises from random but valid situations: the fast-check arbitraries generate them
 * (`fc.sample` with the seed, so the same seed gives the same questions) and the rules core
 * computes every expected answer.
 */
export function generateDrill(options: DrillOptions): Question[] {
  const topics = options.topic === undefined ? DRILL_TOPICS : [options.topic];
  const perTopic = topics.map((topic, t) => {
    const needed = Math.ceil((options.count - t) / topics.length);
    return needed <= 0 ? [] : fc.sample(ARBITRARIES[topic], { seed: (options.seed + 7919 * t) | 0, numRuns: needed });
  });
  return Array.from({ length: options.count }, (_, i) => {
    const make = perTopic[i % topics.length]![Math.floor(i / topics.length)]!;
    return make(`drill/${i + 1}`);
  });
}
