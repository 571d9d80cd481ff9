import type { SessionContext } from '../machine/context.js';
import { recordsOf, type BallotTrace, type ElectionRecord } from '../record/record.js';
import type { ScriptedBallot } from '../scenario/behaviour-schema.js';
import { scriptMisfit, type BallotShape, type ScriptMisfit } from './behaviour/script-fit.js';

/** A scripted result a run did not use, and why: no such ballot took place, or it did not fit. */
export interface UnusedScript {
  /** Index in the scenario's `voting.scripted`. */
  readonly index: number;
  readonly code: 'scenario/script-unused' | ScriptMisfit['code'];
  readonly message: string;
  readonly hint: string;
}

interface ClosedBallot {
  readonly trace: BallotTrace;
  readonly shape: BallotShape;
  readonly election?: { readonly record: ElectionRecord; readonly round: number };
}

/** Every closed ballot of a run with the shape a scripted result is checked against. */
function closedBallots(ctx: SessionContext): ClosedBallot[] {
  return recordsOf(ctx).flatMap((r): ClosedBallot[] => {
    if (r.kind === 'question') {
      const counted = r.method === 'secret' || r.method === 'show-of-hands';
      return [{ trace: r.trace, shape: { kind: 'question', paper: [], secret: r.method === 'secret', counted, electorate: r.trace.electorate.entitled } }];
    }
    return r.ballots.map((trace, round) => ({
      trace,
      shape: { kind: 'election', paper: r.result.rounds[round]!.candidates, secret: true, counted: true, electorate: trace.electorate.entitled },
      election: { record: r, round },
    }));
  });
}

/**
 * The scripted results of a scenario that a finished run did not use, each with the reason, read
 * from the record: a script designates one ballot (item, amendment or additional item, seat, ballot)
 * and is used only if that ballot takes place and the script fits it (see `scriptMisfit`).
 */
export function unusedScripts(ctx: SessionContext): UnusedScript[] {
  const ballots = closedBallots(ctx);
  const used = new Set(ballots.map((b) => b.trace.script).filter((i) => i !== null));
  return ctx.setup.scripts.flatMap(({ key, entry }, index): UnusedScript[] => {
    if (used.has(index)) return [];
    const ballot = ballots.find((b) => b.trace.key === key);
    if (ballot === undefined) return [{ index, code: 'scenario/script-unused', message: `${designation(entry)} did not take place in this run: ${whyNoBallot(ctx, entry)}`, hint: 'script a ballot that takes place, or remove the script' }];
    const misfit = scriptMisfit(entry, ballot.shape) ?? { code: 'scenario/script-does-not-fit' as const, message: 'the script was not used', hint: '' };
    const why = ballot.election ? offPaperReasons(entry, ballot.election.record, ballot.election.round) : '';
    return [{ index, code: misfit.code, message: `${designation(entry)}: ${misfit.message}${why}`, hint: misfit.hint }];
  });
}

function designation(entry: ScriptedBallot): string {
  const sub = entry.amendment ? `, amendment '${entry.amendment}'` : entry.additionalItem ? `, additional item '${entry.additionalItem}'` : '';
  return `the scripted ballot ${entry.ballot}${entry.seat > 1 ? ` of seat ${entry.seat}` : ''} on '${entry.item}'${sub}`;
}

/** Why no ballot matching `entry` took place, read from the item's status and the election's rounds. */
function whyNoBallot(ctx: SessionContext, entry: ScriptedBallot): string {
  const index = ctx.setup.items.findIndex((i) => i.id === entry.item);
  const status = ctx.statuses[index];
  const item = ctx.setup.items[index];
  if (status === 'not-held') return 'the election was not held (no seat of this kind fell vacant, Q7)';
  if (status === 'deferred') return 'the item was deferred';
  if (status === 'proposed' || status === 'not-included') return 'the additional item was not placed on the agenda (R5.5)';
  if (status === 'pending') return 'the item was not taken up';
  if (item?.kind === 'election') {
    const seats = recordsOf(ctx).filter((r): r is ElectionRecord => r.kind === 'election' && r.item === index);
    const seat = seats.find((r) => r.seat === entry.seat);
    if (seat === undefined) return `the election had ${seats.length} seat(s) in this run`;
    const last = seat.result.rounds.at(-1);
    const end = seat.result.elected.length > 0 ? `${seat.result.elected.join(', ')} elected` : 'the seat left vacant';
    return `seat ${entry.seat} was decided on ballot ${last?.ballot ?? 0} (${end})`;
  }
  if (entry.amendment) return `amendment '${entry.amendment}' was not put to the vote (accepted by the sponsor, or moot once another was adopted, R6.8)`;
  if (entry.ballot > 1) return 'a question is put to one ballot';
  return 'the ballot was not held';
}

/** Why candidates a script counts are not on the paper of an election ballot (R4.6, R4.8, Q5). */
function offPaperReasons(entry: ScriptedBallot, record: ElectionRecord, round: number): string {
  const paper = record.result.rounds[round]!.candidates;
  const off = Object.keys(entry.counts ?? {}).filter((id) => id !== 'yes' && id !== 'no' && !paper.includes(id));
  const reasons = off.map((id) => {
    const excluded = record.excluded.find((x) => x.candidate === id);
    if (excluded) return `${id}: ${excluded.reason} (${excluded.rule})`;
    const dropped = record.result.rounds.slice(0, round).find((r) => r.eliminated.includes(id));
    if (dropped) return `${id}: dropped after ballot ${dropped.ballot}`;
    return `${id}: not standing for this seat`;
  });
  return reasons.length > 0 ? ` — ${reasons.join('; ')}` : '';
}
