import type { QuestionRecord, SessionContext } from './context.js';
import type { SessionEvent } from './events.js';
import { rejectionFor, type Where } from './procedure/validate.js';

type GuardArgs = { context: SessionContext; event: SessionEvent };

function lastMotion(context: SessionContext): QuestionRecord | null {
  const last = context.records.at(-1);
  return last?.kind === 'question' && last.subject.kind === 'motion' ? last : null;
}

function motionAdopted(context: SessionContext, motion: string): boolean {
  const last = lastMotion(context);
  return last !== null && last.subject.kind === 'motion' && last.subject.motion === motion && last.decision === 'adopted';
}

/** Named guards: questions answered by the rules core (principle 7). */
export const guards = {
  /** Whether the event is allowed here; otherwise `reject` records the coded reason. */
  isAcceptable: ({ context, event }: GuardArgs, params: { where: Where }) => rejectionFor(context, event, params.where) === null,
  /** A motion to suspend the meeting was just adopted (R6.4). */
  isSuspensionAdopted: ({ context }: GuardArgs) => motionAdopted(context, 'suspend'),
  /** A motion to adjourn the sitting was just adopted (R6.4). */
  isSittingAdjourned: ({ context }: GuardArgs) => motionAdopted(context, 'adjourn-sitting'),
  /** A motion to adjourn the debate on the item was just adopted (R6.4). */
  isDebateAdjourned: ({ context }: GuardArgs) => motionAdopted(context, 'adjourn-debate'),
};
