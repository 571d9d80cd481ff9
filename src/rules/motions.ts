import type { Citation } from '../domain/ids.js';

/** A procedural motion or point of order that can interrupt debate (R6.2–R6.5). */
export type MotionKind = 'point-of-order' | 'appeal' | 'suspend' | 'adjourn-sitting' | 'adjourn-debate' | 'close-debate';

/** Procedural motions a delegation may move (R6.4); points of order and appeals have their own events. */
export const DELEGATION_MOTIONS = ['suspend', 'adjourn-sitting', 'adjourn-debate', 'close-debate'] as const satisfies readonly MotionKind[];
export type DelegationMotion = (typeof DELEGATION_MOTIONS)[number];

/**
 * R6.2, R6.5 (RPGA Art 30): motions in order of precedence. A point of order is ruled on at once by the
 * President (R6.2), so it comes first; the appeal against that ruling follows, then the four motions.
 */
export const MOTION_PRECEDENCE: readonly MotionKind[] = [
  'point-of-order',
  'appeal',
  'suspend',
  'adjourn-sitting',
  'adjourn-debate',
  'close-debate',
];

/** R6.5: the pending motion to deal with first, or undefined when none is pending. */
export function nextMotionToPut(pending: readonly MotionKind[]): MotionKind | undefined {
  return MOTION_PRECEDENCE.find((kind) => pending.includes(kind));
}

export interface MotionContext {
  /** A vote has been announced as begun (R3.8). */
  readonly voting: boolean;
  /** For a point of order during a vote: it concerns the voting process itself. */
  readonly aboutVotingProcess?: boolean;
  readonly byObserver: boolean;
  /** An agenda item is under debate. */
  readonly itemOpen: boolean;
}

export type MotionErrorCode = 'motion/during-vote' | 'motion/observer' | 'motion/no-item';

export interface MotionCheck {
  readonly inOrder: boolean;
  readonly code?: MotionErrorCode;
  readonly citation: Citation;
}

const CITE = {
  observer: { rule: 'R5.11', source: 'GR Art 8; RPGA Arts 6, 23' },
  duringVote: { rule: 'R3.8', source: 'RPGA Art 26(5)' },
  noItem: { rule: 'R6.4', source: 'RPGA Arts 28, 29 (the motion concerns an item under debate)' },
  pointOfOrder: { rule: 'R6.2', source: 'GR Art 28; RPGA Arts 25(1), 26' },
  appeal: { rule: 'R2.9', source: 'RPGA Art 26(2)' },
  procedural: { rule: 'R6.4', source: 'GR Arts 29, 30; RPGA Arts 27–29' },
} as const satisfies Record<string, Citation>;

function inOrderCitation(motion: MotionKind): Citation {
  if (motion === 'point-of-order') return CITE.pointOfOrder;
  return motion === 'appeal' ? CITE.appeal : CITE.procedural;
}

/**
 * R5.11, R3.8, R6.2–R6.4: whether a motion may be moved now; observers move none, and once a vote has
 * begun only a point of order about the voting process is in order.
 */
export function isMotionInOrder(motion: MotionKind, ctx: MotionContext): MotionCheck {
  if (ctx.byObserver) return { inOrder: false, code: 'motion/observer', citation: CITE.observer };
  if (ctx.voting && !(motion === 'point-of-order' && ctx.aboutVotingProcess === true)) {
    return { inOrder: false, code: 'motion/during-vote', citation: CITE.duringVote };
  }
  if (!ctx.itemOpen && (motion === 'adjourn-debate' || motion === 'close-debate')) {
    return { inOrder: false, code: 'motion/no-item', citation: CITE.noItem };
  }
  return { inOrder: true, citation: inOrderCitation(motion) };
}

/** R6.4, R6.2: speakers against heard before the vote: two on closing the debate, none otherwise. */
export function speakersAgainst(motion: MotionKind): number {
  return motion === 'close-debate' ? 2 : 0;
}
