// fast-check arbitraries for gasim's rules: one source for the project's property tests and for users
export { arbChoiceCodes, arbChoices, arbChoicesWithElectorate, arbTally, arbTallyWithin, arbVoteChoice } from '../arbitraries/tally.js';
export { arbFinancialStanding, arbMemberCode, arbMembers, arbMemberStanding } from '../arbitraries/members.js';
export { arbMajorityRule, arbQuestionKind, arbRuleSet, QUESTION_KINDS } from '../arbitraries/rule-set.js';
export {
  arbBallotBase, arbCandidatePool, arbCandidates, arbCandidateTally, arbCastBallot, arbElectionInput, arbElectionRules, arbStubbornBallot,
} from '../arbitraries/election.js';
export { arbCommittee, arbCommitteeRules } from '../arbitraries/committee.js';

// one session of elections, as the composition axiom and the project's committee property run it
export { runSessionElections, type RegionsToElect } from './session-elections.js';

// the axioms of `gasim check` and the service that runs them (issue 8)
export * from './axioms/index.js';
export { AXIOM_NAMES, checkRules, type AxiomReport, type CheckOptions } from './check-rules.js';
export { electionScenario, type HeldElection } from './counterexample/election-scenario.js';
export { memberCodes, questionScenario, type ScriptedQuestion } from './counterexample/question-scenario.js';
