import { votedCount } from '../../../src/domain/choices.js';
import { phaseOf, type SessionSnapshot } from '../../../src/machine/autopilot.js';
import { nextStep } from '../../../src/sim/autopilot.js';
import { defaultVoter } from './default-voter.js';
import type { MotionKind, SessionEvent } from '../../../src/machine/events.js';
import { nextQuestionSubject } from '../../../src/machine/procedure/questions.js';
import type { BallotRequest } from '../../../src/domain/ballot-request.js';

const SPEAKER = 'FRA';
/** Its credentials are refused in the small session: it attends as an observer (R5.6). */
const OBSERVER = 'MMR';
const MOTIONS: MotionKind[] = ['suspend', 'adjourn-sitting', 'adjourn-debate', 'close-debate'];

/** The voters saying no to a question, or splitting evenly between the candidates of an election. */
function noVoter(request: BallotRequest): SessionEvent {
  const n = request.electorate.length;
  if (!request.secret) return { type: 'delegation.castBallot', votes: Object.fromEntries(request.electorate.map((m) => [m, 'no'])) };
  if (request.paper.length < 2) return { type: 'tellers.reportCount', counts: { no: n }, abstain: 0, invalid: 0 };
  const each = Math.floor(n / request.paper.length);
  return { type: 'tellers.reportCount', counts: Object.fromEntries(request.paper.map((c) => [c.id, each])), abstain: 0, invalid: 0 };
}

/** What the graph tries from a snapshot: the proper next step, then motions, points of order and illegal events. */
export function proposedEvents(snapshot: SessionSnapshot): SessionEvent[] {
  const next = nextStep(snapshot);
  const proper = next.kind === 'event' ? [next.event] : next.kind === 'ballot' ? [defaultVoter(next.request, snapshot), noVoter(next.request)] : [];
  const quiet = snapshot.context.motions.length === 0 && snapshot.context.pointOfOrder === null;
  const interruptions: SessionEvent[] = quiet
    ? [
        ...MOTIONS.map((motion): SessionEvent => ({ type: 'delegation.moveMotion', member: SPEAKER, motion })),
        { type: 'delegation.moveMotion', member: OBSERVER, motion: 'suspend' },
        { type: 'delegation.raisePointOfOrder', member: SPEAKER, aboutVoting: true },
        { type: 'delegation.raisePointOfOrder', member: SPEAKER, aboutVoting: false },
      ]
    : [];
  const proposal = phaseOf(snapshot) === 'debate' && nextQuestionSubject(snapshot.context)?.kind === 'proposal';
  return [
    ...proper,
    ...interruptions,
    ...(proposal ? [{ type: 'chair.putToVote', method: 'consensus' } as const, { type: 'chair.putToVote', method: 'show-of-hands' } as const] : []),
    { type: 'chair.ruleOnPointOfOrder', ruling: 'rejected' },
    { type: 'delegation.appeal', member: SPEAKER },
    { type: 'delegation.withdrawCandidate', candidate: 'weber' },
    { type: 'delegation.withdrawCandidate', candidate: 'nobody' },
    { type: 'delegation.objectToConsensus', member: SPEAKER },
    { type: 'delegation.castVote', member: SPEAKER, choice: 'yes' },
    { type: 'delegation.castBallot', votes: { [OBSERVER]: 'yes' } },
    { type: 'tellers.reportCount', counts: { yes: 1 }, abstain: 0, invalid: 0 },
    { type: 'chair.closeBallot' },
    { type: 'chair.closeItem' },
    { type: 'chair.putToVote' },
    { type: 'chair.putMotion' },
    { type: 'chair.decideCredentials', member: 'VEN', ruling: 'accepted' },
    { type: 'chair.openItem', item: 'closing' },
    { type: 'chair.adjournDay' },
    { type: 'chair.openDay' },
    { type: 'chair.closeSession' },
    { type: 'chair.resumeSitting' },
    { type: 'chair.openSession' },
    { type: 'chair.takeItem' },
  ];
}

const POINT_OF_ORDER_PHASES = ['pointOfOrder', 'ruled', 'appealVoting'];

/**
 * A summary of a snapshot small enough that context does not blow up the graph: where the session
 * is, the item's status, the open ballot's shape, the pending motions and the question to put next.
 * A point of order is summarised by the kind of item only: its handling does not depend on the rest.
 */
export function summariseSnapshot(snapshot: SessionSnapshot): string {
  const ctx = snapshot.context;
  const phase = phaseOf(snapshot);
  const ballot = (b: typeof ctx.ballot) => b && [b.subject.kind, b.method, votedCount(b.choices) > 0, b.counts !== null, b.objections.length > 0];
  if (POINT_OF_ORDER_PHASES.includes(phase)) {
    return JSON.stringify([phase, ctx.setup.items[ctx.item]!.kind, ctx.ballot !== null, ballot(ctx.appeal), ctx.pointOfOrder?.ruling]);
  }
  const progress = ctx.election?.progress;
  const election = ctx.election && [ctx.election.target, progress && Math.min(progress.seatBallot, 2), progress?.candidates.length];
  const motions = [...new Set(ctx.motions.map((m) => m.motion))].sort();
  return JSON.stringify([phase, ctx.day, ctx.item, ctx.statuses[ctx.item], ballot(ctx.ballot), motions, ctx.debateClosed, nextQuestionSubject(ctx), election]);
}
