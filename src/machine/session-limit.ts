import type { SessionContext } from './context.js';

/**
 * A bound on the events one session takes, far above any real session (Marrakech 2025, the
 * longest scenario, takes 105), so that a rule set without a ballot limit cannot hang a run.
 * 5,000 rather than more: the machine's cost per event grows with the record (an election of
 * 1,600 ballots takes about 1.5 s to reach it; 20,000 events took 20 s of CPU). The one cap of
 * every driver: run, sweep, resume, the stepper of the TUI and training, and `chair.takeItem`
 * (counted in accepted events, `seq`, so that the headless path stops where the others do; issue 18).
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

/** The error for a session stopped at `MAX_SESSION_EVENTS`, from where its context stands. */
export function sessionDoesNotEndAt(ctx: SessionContext): SessionDoesNotEndError {
  return new SessionDoesNotEndError(ctx.setup.items[ctx.item]?.id ?? '?', ctx.election?.progress?.rounds.length ?? 0);
}
