import { nextStep } from './autopilot.js';
import type { BallotRequest } from '../domain/ballot-request.js';
import type { SessionSnapshot } from './autopilot.js';
import type { SessionEvent } from './events.js';
import type { Session } from './session-driver.js';

/** How the voters answer a ballot request: one event carrying the whole ballot. */
export type Voter = (request: BallotRequest, snapshot: SessionSnapshot) => SessionEvent;

/**
 * A bound on the events one driver takes in one go, far above any real session (Marrakech 2025,
 * the longest scenario, takes 105), so that a rule set without a ballot limit cannot hang a run.
 * 5,000 rather than more: the machine's cost per event grows with the record (an election of
 * 1,600 ballots takes about 1.5 s to reach it; 20,000 events took 20 s of CPU). The one cap of every driver: run,
 * sweep, resume, and the stepper of the TUI and training (issue 18).
 */
export const MAX_SESSION_EVENTS = 5_000;

/** The session did not reach its end within `MAX_SESSION_EVENTS`: the rule set lets an election run forever. */
export class SessionDoesNotEndError extends Error {
  /** How to make the session end, for the user (the CLI prints it as the fix; the TUI shows it). */
  readonly hint = 'the rule set has no ballot limit and the votes never reach the majority; set rules.elections.maxBallots (e.g. 10), or check it with `gasim check`';

  constructor(readonly item: string, readonly ballots: number) {
    super(`the session does not end: item ${item} was still balloting after ${ballots} ballots (${MAX_SESSION_EVENTS} events)`);
    this.name = 'SessionDoesNotEndError';
  }
}

/**
 * Drives a session to its end: the autopilot plays the chair and the tellers, `vote` the voters.
 * `onAccepted` sees each accepted event with its journal `seq` (e.g. to append it to the journal).
 * A step the machine refuses is a bug in the autopilot or the voter, so it throws.
 */
export function continueSession(session: Session, vote: Voter, onAccepted: (seq: number, event: SessionEvent) => void = () => {}): Session {
  for (let i = 0; i < MAX_SESSION_EVENTS; i++) {
    const next = nextStep(session.snapshot);
    if (next.kind === 'done') return session;
    const event = next.kind === "event" ? next.event : vote(next.request, session.snapshot);
    const outcome = session.send(event);
    if (!outcome.accepted) {
      throw new Error(`the session refused ${event.type} (${outcome.rejection?.code ?? 'no code'}: ${outcome.rejection?.message ?? ''}); the autopilot or the voter proposed an event out of order`);
    }
    onAccepted(session.events.length, event);
  }
  throw sessionDoesNotEnd(session.snapshot);
}

/** The error for a session stopped at `MAX_SESSION_EVENTS` (every driver: run, sweep, resume, TUI, training). */
export function sessionDoesNotEnd(snapshot: SessionSnapshot): SessionDoesNotEndError {
  const ctx = snapshot.context;
  return new SessionDoesNotEndError(ctx.setup.items[ctx.item]?.id ?? '?', ctx.election?.progress?.rounds.length ?? 0);
}
