import type { Committee } from '../../domain/election.js';
import type { ElectionInProgress, SessionContext } from '../context.js';
import { append, type ContextDraft } from '../context-update.js';
import type { ElectionRecord } from '../../record/record.js';
import { log } from './log.js';

/**
 * The working state of an election step: plain copies of what it changes, so that the procedure
 * changes no shared value in place; `commit` writes it back to the draft in one go.
 */
export interface Work {
  readonly base: SessionContext;
  election: ElectionInProgress;
  committee: Committee;
  reopened: SessionContext['reopened'];
  records: ElectionRecord[];
  logs: string[];
}

/** A working copy of the election under way and of what its steps change. */
export function workOn(base: SessionContext, election: ElectionInProgress): Work {
  const copy = { ...election, withdrawn: [...election.withdrawn], excluded: [...election.excluded], paper: [...election.paper], ballots: [...election.ballots] };
  return { base, election: copy, committee: base.committee, reopened: [...base.reopened], records: [], logs: [] };
}

/** Writes a finished step back to the context in one go. */
export function commit(ctx: ContextDraft, work: Work): void {
  // frozen (shallowly): successive snapshots share the election under way, so it never changes in
  // place; under immer an unfrozen one was walked whole at each ballot (an election of 1,600 ballots
  // took 45 s of CPU to reach the session cap; found by the fuzzer, issue 18)
  ctx.election = Object.freeze(work.election);
  ctx.committee = work.committee;
  ctx.reopened = work.reopened;
  append(ctx, 'records', ...work.records);
  for (const line of work.logs) log(ctx, line);
}
