import type { Citation } from './ids.js';

/** A breach of the Executive Committee's composition rules (R1.5–R1.7, R9.3). */
export interface CompositionViolation {
  readonly code: string;
  readonly text: string;
  readonly citation: Citation;
}

/** Whether a candidate may stand for a seat, and if not, why (R1.5, R1.6, R1.8, R4.6). */
export interface Eligibility {
  readonly eligible: boolean;
  readonly code?: string;
  readonly reason?: string;
  readonly citation?: Citation;
}
