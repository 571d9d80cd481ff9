import fc from 'fast-check';
import { REGIONS } from '../domain/ids.js';
import type { Post } from '../domain/election.js';
import { createRng } from '../random/seeded-rng.js';
import { TOTAL_MEMBERS } from '../registry/members.js';
import { decideBallot } from '../rules/election/decide-ballot.js';
import { startElection } from '../rules/election/start-election.js';
import { decideQuestion } from '../rules/majority.js';
import { MOTION_PRECEDENCE } from '../rules/motions.js';
import { defaultRuleSet, RuleSetSchema } from '../rules/rule-set.js';
import { arbCandidates, arbCastBallot, arbElectionInput } from '../arbitraries/election.js';
import { arbMemberStanding } from '../arbitraries/members.js';
import { arbQuestionKind } from '../arbitraries/rule-set.js';
import { arbAssemblyTally } from '../arbitraries/tally.js';
import { electionRoundQuestion, nominationQuestion } from './election-questions.js';
import { eligibilityQuestion, quorumQuestion } from './eligibility-questions.js';
import { majorityQuestion, majorityRuleQuestion, outcomeQuestion } from './majority-questions.js';
import { motionPrecedenceQuestion } from './motion-questions.js';
import type { Question } from './question.js';

/** A drill question for a given id: generated situations are fed through the rules core. */
export type DrillArbitrary = fc.Arbitrary<(id: string) => Question>;

const rules = defaultRuleSet();

export const arbMajorityDrill: DrillArbitrary = fc
  .record({ kind: arbQuestionKind, tally: arbAssemblyTally(TOTAL_MEMBERS), variant: fc.nat({ max: 2 }) })
  .map(({ kind, tally, variant }) => (id) => {
    if (variant === 0) return majorityRuleQuestion(kind, rules, id);
    const result = decideQuestion(tally, kind, { totalMembers: TOTAL_MEMBERS }, rules);
    return variant === 1 ? majorityQuestion(result, id) : outcomeQuestion(result, id);
  });

const quorumRules = RuleSetSchema.parse({ quorum: { enabled: true } });

const arbQuorum = fc
  .record({ withVotingRights: fc.integer({ min: 150, max: TOTAL_MEMBERS }), present: fc.integer({ min: 40, max: 150 }), presentSuspended: fc.nat({ max: 12 }), stage: fc.constantFrom('open' as const, 'decide' as const) })
  .map(({ stage, ...ctx }) => (id: string) => quorumQuestion(stage, ctx, quorumRules, id)!);

export const arbEligibilityDrill: DrillArbitrary = fc.oneof(
  { weight: 3, arbitrary: fc
    .record({ member: arbMemberStanding, itemIndex: fc.nat({ max: 9 }), question: fc.oneof(arbQuestionKind, fc.constant('election' as const)) })
    .map(({ member, itemIndex, question }) => (id: string) => eligibilityQuestion(member, { question, itemIndex }, rules, id)) },
  { weight: 1, arbitrary: arbQuorum },
);

const arbRound = fc
  .record({ input: arbElectionInput().filter((e) => e.candidates.length > 0), cast: arbCastBallot(), ballots: fc.integer({ min: 1, max: 3 }), seed: fc.nat() })
  .map(({ input, cast, ballots, seed }) => (id: string) => {
    let step = { progress: startElection(input, rules), rng: createRng(seed) };
    let round = null;
    for (let b = 1; b <= ballots && step.progress.status === 'balloting'; b++) {
      const next = decideBallot(step.progress, cast(step.progress.candidates.map((c) => c.id), b), rules, step.rng);
      step = next;
      round = next.round;
    }
    const names = Object.fromEntries(input.candidates.map((c) => [c.id, c.name]));
    return electionRoundQuestion(round!, names, id);
  });

const arbNomination = fc
  .record({
    candidates: arbCandidates('EUROPE', 3).filter((cs) => cs.length > 0),
    region: fc.constantFrom(...REGIONS),
    post: fc.constantFrom<Post>('president', 'vice-president', 'delegate'),
    receivedDaysBeforeOpening: fc.oneof(fc.integer({ min: 46, max: 120 }), fc.integer({ min: 0, max: 50 })),
    inDelegation: fc.boolean(),
    nominatorSuspended: fc.boolean(),
    acceptedInWriting: fc.boolean(),
  })
  .map(({ candidates, region, post, ...facts }) => (id: string) => {
    const nomination = { candidate: candidates[0]!, post, region: post === 'president' ? null : region, ...facts };
    return nominationQuestion(nomination, { committee: { seats: [] }, sessionYear: 2025 }, rules, id);
  });

export const arbElectionDrill: DrillArbitrary = fc.oneof({ weight: 2, arbitrary: arbRound }, { weight: 1, arbitrary: arbNomination });

export const arbMotionDrill: DrillArbitrary = fc
  .shuffledSubarray([...MOTION_PRECEDENCE], { minLength: 2, maxLength: 4 })
  .map((pending) => (id: string) => motionPrecedenceQuestion(pending, id)!);
