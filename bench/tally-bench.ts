import { createRng, RngStream } from '../src/random/seeded-rng.js';
import { decideQuestion } from '../src/rules/majority.js';
import { defaultRuleSet } from '../src/rules/rule-set.js';
import { CHOICE_CODE, tallyChoiceCodes } from '../src/rules/tally.js';
import { median, round } from './stats.js';

export interface TallyBenchResult {
  readonly members: number;
  readonly repetitions: number;
  /** `tallyChoiceCodes` over one Uint8Array of `members` papers: votes counted per second (median). */
  readonly tallyVotesPerSecond: number;
  /** The same count followed by `decideQuestion` (threshold, announcement, trail): votes per second. */
  readonly decideQuestionVotesPerSecond: number;
  readonly millisecondsPerBallot: number;
}

/**
 * One ballot of `members` synthetic members (90% yes, 5% no, 3% abstain, 1% invalid, 1% not voting),
 * byte-coded, tallied `repetitions` times after a warm-up; the median pass gives the rate.
 */
export function benchTally(options: { members?: number; repetitions?: number } = {}): TallyBenchResult {
  const members = options.members ?? 1_000_000;
  const repetitions = options.repetitions ?? 15;
  const codes = new Uint8Array(members);
  const rng = new RngStream(createRng(7));
  for (let i = 0; i < members; i++) {
    const u = rng.float();
    codes[i] = u < 0.9 ? CHOICE_CODE.yes : u < 0.95 ? CHOICE_CODE.no : u < 0.98 ? CHOICE_CODE.abstain : u < 0.99 ? CHOICE_CODE.invalid : 255;
  }
  const time = (fn: () => number) => {
    for (let i = 0; i < 3; i++) fn();
    const ms: number[] = [];
    let sink = 0;
    for (let i = 0; i < repetitions; i++) {
      const start = performance.now();
      sink += fn();
      ms.push(performance.now() - start);
    }
    if (!Number.isFinite(sink)) throw new Error('unreachable');
    return median(ms);
  };
  const rules = defaultRuleSet();
  const tallyMs = time(() => tallyChoiceCodes(codes, members).yes);
  const decideMs = time(() => decideQuestion(tallyChoiceCodes(codes, members), 'resolution', { totalMembers: members }, rules).threshold.required);
  return {
    members,
    repetitions,
    tallyVotesPerSecond: Math.round((members * 1000) / tallyMs),
    decideQuestionVotesPerSecond: Math.round((members * 1000) / decideMs),
    millisecondsPerBallot: round(tallyMs, 3),
  };
}
