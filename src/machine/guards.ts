import type { SessionContext } from './context.js';
import { recordsOf, type QuestionRecord } from './record.js';
import type { SessionEvent } from './events.js';
import { quorumCheck } from './procedure/quorum.js';
import { rejectionFor, type Where } from './procedure/validate.js';

type GuardArgs = { context: SessionContext; event: SessionEvent };

function lastMotion(context: SessionContext): QuestionRecord | null {
  const last = recordsOf(context).at(-1);
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
  /** Enough members attend to open the sitting (Q1; always when no quorum rule applies, R2.10). */
  hasQuorumToOpen: ({ context, event }: GuardArgs) => quorumCheck(context, 'open', event.type === 'chair.openDay' ? context.day + 1 : context.day).met,
  /** Enough members attend to take a decision (Q1; always when no quorum rule applies, R2.10). */
  hasQuorumToDecide: ({ context }: GuardArgs) => quorumCheck(context, 'decide', context.day).met,
  /** A motion to suspend the meeting was just adopted (R6.4). */
  isSuspensionAdopted: ({ context }: GuardArgs) => motionAdopted(context, 'suspend'),
  /** A motion to adjourn the sitting was just adopted (R6.4). */
  isSittingAdjourned: ({ context }: GuardArgs) => motionAdopted(context, 'adjourn-sitting'),
  /** A motion to adjourn the debate on the item was just adopted (R6.4). */
  isDebateAdjourned: ({ context }: GuardArgs) => motionAdopted(context, 'adjourn-debate'),
};
