// fast-check arbitraries for gasim's rules: one source for the project's property tests and for users
export { arbChoiceCodes, arbChoices, arbChoicesWithElectorate, arbTally, arbVoteChoice } from './arbitraries/tally.js';
export { arbFinancialStanding, arbMemberCode, arbMembers, arbMemberStanding } from './arbitraries/members.js';
export { arbMajorityRule, arbQuestionKind, arbRuleSet, QUESTION_KINDS } from './arbitraries/rule-set.js';
export { arbBallotBase, arbCandidates, arbCandidateTally, arbCastBallot, arbElectionInput, arbElectionRules } from './arbitraries/election.js';
export { arbCommittee, arbCommitteeRules } from './arbitraries/committee.js';
