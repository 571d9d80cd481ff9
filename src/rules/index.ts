// the public surface of the rules core: pure functions over the rule set and the domain types

// rule set (zod schemas are the source of truth for its types)
export {
  ArrearsSchema, CountingSchema, defaultRuleSet, ElectionRulesSchema, FractionSchema, MajorityRuleSchema,
  QuestionMajoritiesSchema, QuorumSchema, RuleSetSchema,
} from './rule-set.js';
export type { ElectionRules, QuestionKind, RuleSet, RuleSetInput } from './rule-set.js';

// question half
export { CHOICE_CODE, expressedVotes, tallyChoiceCodes, tallyVotes } from './tally.js';
export { computeThreshold, decideQuestion, majorityFor } from './majority.js';
export { expressedBaseLabel, isAllMembersMajority, thresholdFor } from './threshold.js';
export type { ThresholdBase } from './threshold.js';
export { buildAnnouncement } from './announcement.js';
export type { AnnouncedTotals } from './announcement.js';
export { MAJORITY_CITATIONS, QUESTION_CITATIONS, TIE_CITATION } from './question-citations.js';
export { freezeElectorate, isSuspendedForArrears, votingRight } from './voting-rights.js';
export type { BallotContext, FrozenElectorate, VotingRight, VotingRightReason } from './voting-rights.js';
export { checkQuorum } from './quorum.js';
export type { QuorumCheck, QuorumContext, QuorumStage } from './quorum.js';
export { isMotionInOrder, MOTION_PRECEDENCE, nextMotionToPut, speakersAgainst } from './motions.js';
export type { MotionCheck, MotionContext, MotionErrorCode, MotionKind } from './motions.js';
export { isMoot, orderAmendments } from './amendments.js';
export type { Amendment } from './amendments.js';
export { isSecret, methodFor, recordsMemberChoices } from './vote-method.js';
export type { MethodChoice, VoteSubject } from './vote-method.js';
export { sealBallot } from './secret-ballot.js';
export type { SealedBallot } from './secret-ballot.js';

// election half (readBallot and the verdicts are steps of decideBallot, kept internal)
export { drawLots } from './tie-break.js';
export { ballotThreshold } from './election/ballot-threshold.js';
export type { BallotBase } from './election/ballot-threshold.js';
export { decideBallot } from './election/decide-ballot.js';
export { eliminate } from './election/eliminate.js';
export type { Elimination } from './election/eliminate.js';
export { hasLowerMajorityLater, requiredMajority } from './election/required-majority.js';
export { runElection } from './election/run-election.js';
export type { CastBallot } from './election/run-election.js';
export { ballotPaper, electionResult, seatsLeft, sortCandidates, startElection } from './election/start-election.js';
export {
  committeeAfterSession, continuingSeats, fillSeat, isHeldBy, seatsEndingAt, vicePresidentRegionsToElect,
} from './committee.js';
export type { ReopenedSeat, SeatTarget } from './committee.js';
export { candidateEligibility } from './eligibility.js';
export { checkComposition } from './committee-composition.js';
export { checkNomination, sortNominations } from './nominations.js';
export type { Nomination, NominationProblem } from './nominations.js';

// domain types the rules take and return
export type { CompositionViolation, Eligibility } from '../domain/committee-check.js';
export type { BallotCounts, ElectionInput, ElectionProgress, YesNoBallot } from '../domain/election-progress.js';
export type {
  BallotOutcome, BallotRound, Candidate, Committee, ElectionResult, Post, Seat, TieBreakStep,
} from '../domain/election.js';
export type {
  AnnouncedCount, Announcement, CandidateTally, MajorityRule, QuestionDecision, QuestionResult, RecordedVotes, Tally,
  Threshold, TrailStep, VoteChoice, VoteMethod,
} from '../domain/vote.js';
