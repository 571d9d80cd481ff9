// the axioms of gasim check, in the order the table prints them
import type { AnyAxiom } from './axiom.js';
import { abstentionIndependence } from './abstention-independence.js';
import { anonymity } from './anonymity.js';
import { composition } from './composition.js';
import { conservation } from './conservation.js';
import { determinism } from './determinism.js';
import { majorityCriterion } from './majority-criterion.js';
import { monotonicity } from './monotonicity.js';
import { neutrality } from './neutrality.js';
import { quorum } from './quorum.js';
import { secrecy } from './secrecy.js';
import { termination } from './termination.js';

export type { Axiom, AnyAxiom } from './axiom.js';
export { abstentionIndependence, anonymity, composition, conservation, determinism, majorityCriterion, monotonicity, neutrality, quorum, secrecy, termination };
export { decideRollCall, type DecideRollCall } from './anonymity.js';
export { type CountPapers } from './conservation.js';
export { seededRun, type SeededRun } from './determinism.js';
export { decideTally, type DecideTally, type QuestionVote } from './question-values.js';
export { sealSecret, type SealSecret } from './secrecy.js';
export { TERMINATION_BOUND } from './termination.js';

export const AXIOMS: readonly AnyAxiom[] = [
  anonymity, neutrality, monotonicity, abstentionIndependence, conservation, quorum,
  termination, majorityCriterion, composition, determinism, secrecy,
];
