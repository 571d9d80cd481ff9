import { and, not, type AnyStateNode } from 'xstate';
import type { actions } from './actions.js';
import type { Rejection, SessionContext } from './context.js';
import type { SessionEvent } from './events.js';
import { quorumCheckOn } from '../rules/quorum.js';
import { CHECKS, type Check, type CheckName, type GuardArgs } from './legality.js';
import { recordsOf } from '../record/record.js';

/** The last decision on the record adopted the motion `motion` (R6.4). */
function motionAdopted(context: SessionContext, motion: string): boolean {
  const last = recordsOf(context).at(-1);
  return last?.kind === 'question' && last.subject.kind === 'motion' && last.subject.motion === motion && last.decision === 'adopted';
}

const questions = Object.fromEntries(Object.entries(CHECKS).map(([name, c]) => [name, (c as Check).holds])) as Record<CheckName, Check['holds']>;

/**
 * Named guards: questions answered by the rules core (principle 7). The conditions of the
 * procedure come from the table of checks (`CHECKS`, each with its rejection); the others choose
 * between the branches of an event already in order (a quorum) or of an eventless step.
 */
export const guards = {
  ...questions,
  /** Enough members attend to open the sitting (Q1; always when no quorum rule applies, R2.10). */
  hasQuorumToOpen: ({ context, event }: GuardArgs) => quorumCheckOn(context.standings, 'open', event.type === 'chair.openDay' ? context.day + 1 : context.day, context.setup.rules).met,
  /** Enough members attend to take a decision (Q1; always when no quorum rule applies, R2.10). */
  hasQuorumToDecide: ({ context }: GuardArgs) => quorumCheckOn(context.standings, 'decide', context.day, context.setup.rules).met,
  /** A motion to suspend the meeting was just adopted (R6.4). */
  isSuspensionAdopted: ({ context }: GuardArgs) => motionAdopted(context, 'suspend'),
  /** A motion to adjourn the sitting was just adopted (R6.4). */
  isSittingAdjourned: ({ context }: GuardArgs) => motionAdopted(context, 'adjourn-sitting'),
  /** A motion to adjourn the debate on the item was just adopted (R6.4). */
  isDebateAdjourned: ({ context }: GuardArgs) => motionAdopted(context, 'adjourn-debate'),
};

/** What a transition of the chart says about the conditions it checks. */
export interface LegalityMeta {
  readonly checks: readonly CheckName[];
}

type Step = { target?: string; actions: (keyof typeof actions)[] };

/**
 * A transition of the chart taken when every condition of the procedure holds, checked in the
 * order given. Its guards are the positive questions only: an event that meets no transition is
 * refused by the session driver with the first unmet condition's code from the table of checks,
 * which `meta` names (`rejectionOf`). Refusing outside the chart rather than by a fallback
 * transition keeps `snapshot.can(event)` truthful (a fallback counts as a transition) and the
 * diagram to what happens.
 */
export const legal = (checks: CheckName[], step: Step) => ({ guard: and(checks), meta: { checks } satisfies LegalityMeta, ...step });

/** A decision in order: taken with a quorum present; without one, `without` (Q1: the item is set aside). */
export const decide = (checks: CheckName[], step: Step, without: Step, quorum: 'hasQuorumToDecide' | 'hasQuorumToOpen' = 'hasQuorumToDecide') => [
  { guard: and([...checks, quorum]), meta: { checks } satisfies LegalityMeta, ...step },
  { guard: and([...checks, not(quorum)]), meta: { checks } satisfies LegalityMeta, ...without },
];

type Definition = { readonly meta?: Partial<LegalityMeta> };

/** The conditions a state's transition for events of `type` checks, in order; null when the state takes no such event. */
export function checksOf(node: AnyStateNode, type: SessionEvent['type']): readonly CheckName[] | null {
  const transitions = node.transitions.get(type) as Definition[] | undefined;
  if (transitions === undefined || transitions.length === 0) return null;
  return transitions.find((t) => t.meta?.checks)?.meta?.checks ?? [];
}

/**
 * Why the chart refuses `event` in the state `nodes` stand in (the active state nodes): the first
 * unmet condition of the transition the event was meant for, from the table of checks; an event
 * that no active state takes at all is out of order here. Called only for a refused event.
 */
export function rejectionOf(nodes: readonly AnyStateNode[], context: SessionContext, event: SessionEvent): Rejection {
  // the innermost state that takes the event type, as the chart selects transitions
  const innermost = [...nodes].sort((a, b) => b.path.length - a.path.length);
  const checks = innermost.map((n) => checksOf(n, event.type)).find((found) => found !== null);
  if (checks === undefined || checks === null) return { code: 'event/not-allowed', event: event.type, message: `${event.type} is not in order at this point of the procedure` };
  const unmet = checks.find((name) => !CHECKS[name].holds({ context, event }));
  if (unmet === undefined) throw new Error(`${event.type} meets every condition of its transition (${checks.join(', ') || 'none'}) and yet the chart refused it: a guard of the chart is missing from its legality checks`);
  const { code, message } = CHECKS[unmet].refusal({ context, event });
  return { code, event: event.type, message };
}
