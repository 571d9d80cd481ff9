import { candidateName } from '../../sim/sweep/labels.js';
import type { SweepCandidateInput } from '../input/sweep-input.js';

/** "Folake Adeyemi (Nigeria)". */
export function candidateLabel(candidate: SweepCandidateInput): string {
  return candidateName(candidate);
}
