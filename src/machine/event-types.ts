import type { SessionEventType } from './events.js';

/** Every event type the session machine knows, for parsing journals and checking coverage. */
export const EVENT_TYPES = Object.keys({
  'chair.openSession': true,
  'chair.openItem': true,
  'chair.putToVote': true,
  'chair.closeBallot': true,
  'chair.closeItem': true,
  'chair.putMotion': true,
  'chair.resumeSitting': true,
  'chair.ruleOnPointOfOrder': true,
  'chair.decideCredentials': true,
  'chair.adjournDay': true,
  'chair.openDay': true,
  'chair.closeSession': true,
  'delegation.castVote': true,
  'delegation.castBallot': true,
  'delegation.objectToConsensus': true,
  'delegation.moveMotion': true,
  'delegation.raisePointOfOrder': true,
  'delegation.appeal': true,
  'delegation.withdrawCandidate': true,
  'tellers.reportCount': true,
} satisfies Record<SessionEventType, true>) as SessionEventType[];

/** Whether a string names a session event. */
export function isEventType(type: unknown): type is SessionEventType {
  return typeof type === 'string' && (EVENT_TYPES as string[]).includes(type);
}
