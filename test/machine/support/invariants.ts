import { votedCount } from '../../../src/domain/choices.js';
import { expect } from 'vitest';
import { phaseOf, type SessionSnapshot } from '../../../src/machine/autopilot.js';
import type { OpenBallot } from '../../../src/machine/context.js';

const ITEM_PHASES = ['debate', 'voting', 'announced', 'suspended', 'pointOfOrder', 'ruled', 'appealVoting'];
const BALLOT_PHASES = ['voting', 'pointOfOrder', 'ruled', 'appealVoting'];

function papersOf(ballot: OpenBallot): number {
  if (ballot.counts === null) return votedCount(ballot.choices);
  return [...Object.values(ballot.counts.counts), ballot.counts.abstain, ballot.counts.invalid].reduce((a, b) => a + b, 0);
}

/** What must hold in every snapshot of the session, whatever the events that led to it. */
export function expectInvariants(snapshot: SessionSnapshot): void {
  const ctx = snapshot.context;
  const phase = phaseOf(snapshot);
  // an exception in a guard or an action leaves the machine in status 'error' (xstate swallows it)
  expect(snapshot.status, `machine error: ${String((snapshot as { error?: unknown }).error)}`).not.toBe('error');
  // a ballot is open in the voting state, and stays open only while a point of order about it is dealt with
  if (phase === 'voting') expect(ctx.ballot, 'a ballot is open while voting').not.toBeNull();
  if (ctx.ballot !== null) expect(BALLOT_PHASES, `ballot open in ${phase}`).toContain(phase);
  expect(ctx.appeal !== null, `an appeal ballot is open iff appealVoting (${phase})`).toBe(phase === 'appealVoting');
  for (const ballot of [ctx.ballot, ctx.appeal]) {
    if (ballot === null) continue;
    expect(papersOf(ballot), 'no more papers than members entitled').toBeLessThanOrEqual(ballot.electorate.length);
    // the choices are aligned with the electorate: one letter per entitled member, or none yet
    expect([0, ballot.electorate.length], 'one letter per member of the electorate').toContain(ballot.choices.length);
    if (ballot.secret) expect(ballot.choices, 'a secret ballot links no member to a choice').toBe('');
  }
  // only the item under way is in debate or voting, and only while an item is under way
  const open = ctx.statuses.flatMap((s, i) => (s === 'in-debate' || s === 'voting' ? [i] : []));
  expect(open, `items in debate in ${phase}`).toEqual(ITEM_PHASES.includes(phase) ? open.filter((i) => i === ctx.item) : []);
  if (ctx.statuses[ctx.item] === 'voting') expect(ctx.ballot).not.toBeNull();
  expect(ctx.statuses.length).toBe(ctx.setup.items.length);
  if (ctx.lastRejection !== null) expect(ctx.lastRejection.code).toMatch(/^[a-z-]+\/[a-z-]+$/);
  if (phase === 'closed') expect(ctx.ballot === null && ctx.election === null && ctx.motions.length === 0).toBe(true);
}
