import type { BallotRequest } from '../domain/ballot-request.js';
import { ballotRequestOf, itemStep, type SessionSnapshot } from '../machine/autopilot.js';
import type { SessionEvent } from '../machine/events.js';

// The autopilot: it plays the chair and the tellers (the voters are sim's too), asking the chart what
// it takes now (`snapshot.can`) and the machine's own `itemStep` and `ballotRequestOf`.

/** What should happen next by the rules of procedure. */
export type NextStep =
  | { readonly kind: 'event'; readonly event: SessionEvent }
  | { readonly kind: 'ballot'; readonly request: BallotRequest }
  | { readonly kind: 'done' };

const event = (e: SessionEvent): NextStep => ({ kind: 'event', event: { ...e } });

/**
 * The chair's routine steps outside an item's votes. The chart allows at most one of them in any
 * state, so their order is only the cost of asking: the most frequent first (a failed `can` walks
 * every enclosing state).
 */
const ROUTINE: readonly SessionEvent[] = [
  { type: 'chair.openItem' },
  { type: 'chair.adjournDay' },
  { type: 'chair.closeSession' },
  { type: 'chair.openDay' },
  { type: 'chair.openSession' },
  { type: 'chair.resumeSitting' },
  { type: 'chair.ruleOnPointOfOrder', ruling: 'upheld' },
];

/**
 * The proper next step of the procedure from a snapshot (the chair's and tellers' part). It drives
 * headless runs, the TUI's stepping, and is the expected answer in training mode. It asks the chart
 * what it takes now (`snapshot.can`) rather than re-deriving the conditions.
 */
export function nextStep(snapshot: SessionSnapshot): NextStep {
  if (snapshot.status === 'done') return { kind: 'done' };
  if (snapshot.hasTag('voting')) {
    const request = ballotRequestOf(snapshot.context);
    return request ? { kind: 'ballot', request } : event({ type: 'chair.closeBallot' });
  }
  if (snapshot.hasTag('between-votes')) return event(itemStep(snapshot.context, (e) => snapshot.can(e)));
  const routine = ROUTINE.find((e) => snapshot.can(e));
  return routine ? event(routine) : { kind: 'done' };
}
