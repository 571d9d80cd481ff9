import { ballotRequestOf, type SessionSnapshot } from '../machine/autopilot.js';
import type { SessionContext } from '../machine/context.js';
import type { SessionEvent } from '../machine/events.js';
import { nextInt, type RngState } from '../random/seeded-rng.js';
import type { Incident } from '../scenario/training-schema.js';
import type { BallotRequest } from '../domain/ballot-request.js';

/** What `incidentEvents` returns: the events to inject now, the incidents still to come, the generator. */
export interface IncidentStep {
  readonly events: readonly SessionEvent[];
  readonly pending: readonly Incident[];
  readonly rng: RngState;
}

/** A ballot where paper `i` of `n` is `choose(i, n)`: a vote choice or a candidate id. */
function ballotEvent(request: BallotRequest, choose: (i: number, n: number) => string): SessionEvent {
  const n = request.electorate.length;
  const papers = request.electorate.map((_, i) => choose(i, n));
  if (request.secret || request.kind === 'election') {
    const counts: Record<string, number> = {};
    for (const p of papers) if (p !== 'abstain' && p !== 'invalid') counts[p] = (counts[p] ?? 0) + 1;
    const count = (c: string) => papers.filter((p) => p === c).length;
    return { type: 'tellers.reportCount', counts, abstain: count('abstain'), invalid: count('invalid') };
  }
  const votes = Object.fromEntries(request.electorate.map((m, i) => [m, papers[i] as 'yes' | 'no' | 'abstain' | 'invalid']));
  return { type: 'delegation.castBallot', votes };
}

const firstChoice = (r: BallotRequest) => (r.kind === 'election' && r.paper.length > 1 ? r.paper[0]!.id : 'yes');

function tieBallot(r: BallotRequest): SessionEvent {
  const [a, b] = r.kind === 'election' && r.paper.length > 1 ? [r.paper[0]!.id, r.paper[1]!.id] : ['yes', 'no'];
  return ballotEvent(r, (i, n) => (i >= n - (n % 2) ? 'abstain' : i % 2 === 0 ? a : b));
}

const currentItemId = (ctx: SessionContext) => ctx.setup.items[ctx.item]?.id;

/** The event an incident injects now, or null when this is not its moment. */
function eventFor(incident: Incident, snapshot: SessionSnapshot, member: () => string): SessionEvent | null {
  const ctx = snapshot.context;
  const item = ctx.setup.items[ctx.item];
  // the Assembly's own ballot, not the vote on an appeal
  const request = snapshot.hasTag('voting') && !snapshot.hasTag('appeal') ? ballotRequestOf(ctx) : null;
  switch (incident.kind) {
    case 'point-of-order': {
      const moment = incident.aboutVoting ? request !== null : snapshot.hasTag('debate');
      if (incident.item !== currentItemId(ctx) || !moment) return null;
      return { type: 'delegation.raisePointOfOrder', member: incident.member ?? member(), aboutVoting: incident.aboutVoting };
    }
    case 'adjourn-debate':
      return snapshot.hasTag('debate') && incident.item === currentItemId(ctx) ? { type: 'delegation.moveMotion', member: incident.member, motion: 'adjourn-debate' } : null;
    case 'candidate-withdraws': {
      const progress = ctx.election?.progress;
      const due = progress && progress.status === 'balloting' && progress.rounds.length + 1 >= incident.beforeBallot;
      const standing = progress?.candidates.some((c) => c.id === incident.candidate);
      const moment = snapshot.hasTag('between-votes');
      return moment && due && standing && incident.item === currentItemId(ctx) ? { type: 'delegation.withdrawCandidate', candidate: incident.candidate } : null;
    }
    case 'tie':
      return request && request.item === incident.item && request.ballot === incident.ballot ? tieBallot(request) : null;
    case 'invalid-paper':
      return request && request.item === incident.item ? ballotEvent(request, (i) => (i < incident.count ? 'invalid' : firstChoice(request))) : null;
    case 'member-admitted':
      return request && item?.kind === 'membership' && item.applicant.code === incident.applicant ? ballotEvent(request, () => 'yes') : null;
    case 'credentials-disputed':
    case 'late-nomination':
      return null; // part of the scenario itself: see applyScenarioIncidents
  }
}

/**
 * The extra events to inject at this snapshot for the pending incidents (issue 7): a point of
 * order, a motion to adjourn the debate, a withdrawal, or a scripted ballot (tie, spoiled papers,
 * an admission). Each incident fires once; the caller keeps `pending` for the next step. Pure: the
 * member raising a point of order, when not given, is drawn with the seeded generator.
 */
export function incidentEvents(snapshot: SessionSnapshot, incidents: readonly Incident[], rng: RngState): IncidentStep {
  let state = rng;
  const present = snapshot.context.standings.filter((s) => s.represented && s.credentials !== 'refused').map((s) => s.code);
  const member = () => {
    const [i, next] = nextInt(state, Math.max(1, present.length));
    state = next;
    return present[i] ?? snapshot.context.standings[0]?.code ?? 'FRA';
  };
  const events: SessionEvent[] = [];
  const pending: Incident[] = [];
  for (const incident of incidents) {
    // one event per step: the machine must take it before the next incident can be judged
    const event = events.length === 0 ? eventFor(incident, snapshot, member) : null;
    if (event) events.push(event);
    else pending.push(incident);
  }
  return { events, pending, rng: state };
}
