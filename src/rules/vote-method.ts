import type { Citation } from '../domain/ids.js';
import type { VoteMethod } from '../domain/vote.js';
import type { QuestionKind } from './rule-set.js';

/** What a vote decides: a question, or one of the matters that need a secret ballot (R3.4). */
export type VoteSubject = QuestionKind | 'election' | 'early-termination' | 'sg-appointment';

export interface MethodChoice {
  readonly method: VoteMethod;
  readonly citation: Citation;
  /** True when a requested method was set aside because a secret ballot is compulsory. */
  readonly overridden: boolean;
}

const SECRET_COMPULSORY: Citation = { rule: 'R3.4', source: 'GR Art 23 §1; RPGA Art 40(1)' };
const DEFAULT_METHOD: Citation = { rule: 'R3.1', source: 'GR Art 22; RPGA Art 39(1)' };
/** R4.6: the members of the Elections Board are elected by show of hands (RPGA Art 47). */
const BOARD_BY_SHOW_OF_HANDS: Citation = { rule: 'R4.6', source: 'RPGA Art 47(1)' };
const REQUESTED: Readonly<Record<VoteMethod, Citation>> = {
  'electronic-recorded': DEFAULT_METHOD,
  secret: { rule: 'R3.5', source: 'GR Art 22 §2; RPGA Art 40(2)' },
  'show-of-hands': { rule: 'R3.1', source: 'RPGA Art 39(4)' },
  'roll-call': { rule: 'R3.2', source: 'RPGA Art 39(2),(6)' },
  consensus: { rule: 'R3.1', source: 'RPGA Art 39(5)' },
};

function isSecretCompulsory(subject: VoteSubject): boolean {
  return subject === 'election' || subject === 'early-termination' || subject === 'sg-appointment';
}

/**
 * R3.1–R3.5: the method a vote is taken by; a secret ballot is compulsory for elections, the SG's
 * appointment and early termination; the Elections Board is elected by show of hands unless the
 * item says otherwise (R4.6); otherwise the default is an electronic recorded vote.
 */
export function methodFor(subject: VoteSubject, requested: VoteMethod | undefined): MethodChoice {
  if (isSecretCompulsory(subject)) {
    return { method: 'secret', citation: SECRET_COMPULSORY, overridden: requested !== undefined && requested !== 'secret' };
  }
  if (requested === undefined && subject === 'electionsBoard') return { method: 'show-of-hands', citation: BOARD_BY_SHOW_OF_HANDS, overridden: false };
  if (requested === undefined) return { method: 'electronic-recorded', citation: DEFAULT_METHOD, overridden: false };
  return { method: requested, citation: REQUESTED[requested], overridden: false };
}

/** R3.3: only the final result of a secret ballot is published. */
export function isSecret(method: VoteMethod): boolean {
  return method === 'secret';
}

/** R3.2: a recorded vote or a roll call enters each member's choice in the summary record. */
export function recordsMemberChoices(method: VoteMethod): boolean {
  return method === 'electronic-recorded' || method === 'roll-call';
}
