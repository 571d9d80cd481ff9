import type { Citation } from '../domain/ids.js';
import type { MajorityRule } from '../domain/vote.js';
import type { QuestionKind } from './rule-set.js';

/** The rule that sets the majority each kind of question needs (rule-set.ts defaults). */
export const QUESTION_CITATIONS: Readonly<Record<QuestionKind, Citation>> = {
  agendaAdoption: { rule: 'R5.5', source: 'GR Art 12; RPGA Art 13(1)' },
  additionalItem: { rule: 'R2.5(e)', source: 'RPGA Arts 14A(2), 38(2)(e)' },
  membership: { rule: 'R1.4', source: 'CONST Art 4; RPGA Art 38(2)(a)' },
  resolution: { rule: 'R2.2', source: 'CONST Art 14; RPGA Art 37(1)' },
  amendment: { rule: 'R6.8', source: 'CONST Art 14; RPGA Art 42' },
  programme: { rule: 'R7.5', source: 'CONST Art 14' },
  strategicFramework: { rule: 'R7.5', source: 'CONST Art 14 (default rule)' },
  budget: { rule: 'R7.5', source: 'CONST Art 14; FR Reg 3.2(4)' },
  regulationAmendment: { rule: 'R2.5(c),(d)', source: 'RPGA Art 38(2)' },
  constitutionAmendment: { rule: 'R2.6', source: 'CONST Art 42 §3; RPGA Art 38(1)' },
  arrearsWaiver: { rule: 'Q13', source: 'GR Art 52(3); project default' },
  venue: { rule: 'R5.2', source: 'CONST Art 14' },
  appeal: { rule: 'R2.9', source: 'RPGA Art 26(2)' },
  proceduralMotion: { rule: 'R6.4', source: 'RPGA Arts 27–29' },
  secretBallotProposal: { rule: 'R3.5', source: 'RPGA Art 40(2)' },
  electionsBoard: { rule: 'R4.6', source: 'RPGA Art 47' },
};

/** The rule that defines how each majority is counted (R2.3–R2.6, Q3, Q4). */
export const MAJORITY_CITATIONS: Readonly<Record<MajorityRule, Citation>> = {
  simple: { rule: 'R2.3', source: 'CONST Art 14; GR Art 20; RPGA Art 37(1)' },
  'two-thirds-present-voting': { rule: 'R2.5', source: 'RPGA Art 38(2); Q3' },
  'two-thirds-all-members': { rule: 'R2.6', source: 'CONST Art 42 §3; Q3' },
  'majority-all-members': { rule: 'R2.4', source: 'GR Art 21; RPGA Art 37(2)' },
  plurality: { rule: 'R2.2', source: 'rule-designer variant, not an INTERPOL rule' },
};

/** Q2: an equally divided vote on a proposal rejects it. */
export const TIE_CITATION: Citation = { rule: 'Q2', source: 'RPEC Art 7(9); UN GA rule 95; project default' };
