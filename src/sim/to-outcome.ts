import type { SessionContext } from '../machine/context.js';
import { titleOf } from '../scenario/agenda-items.js';
import type { BallotRound } from '../domain/election.js';
import type { DecisiveBallot, QuestionOutcome, SeatOutcome, SessionOutcome } from './outcome.js';
import { recordsOf } from '../record/record.js';

/** Summarises a finished session for aggregation (what a sweep counts). */
export function toOutcome(ctx: SessionContext): SessionOutcome {
  const questions: QuestionOutcome[] = [];
  const seats: SeatOutcome[] = [];
  for (const r of recordsOf(ctx)) {
    const item = ctx.setup.items[r.item]!;
    if (r.kind === 'question') {
      if (r.subject.kind !== 'proposal' && r.subject.kind !== 'amendment' && r.subject.kind !== 'additional-item') continue;
      const t = r.result?.tally;
      questions.push({
        item: item.id,
        amendment: r.subject.kind === 'amendment' ? r.subject.amendment : r.subject.kind === 'additional-item' ? `add:${r.subject.additional}` : null,
        title: titleOf(item),
        decision: r.decision === 'adopted' ? 'adopted' : 'rejected',
        yes: t?.yes ?? 0,
        no: t?.no ?? 0,
        abstain: t?.abstain ?? 0,
        invalid: t?.invalid ?? 0,
        entitled: t?.entitled ?? 0,
      });
    } else {
      const rounds = r.result.rounds;
      for (let i = 0; i < Math.max(r.result.elected.length + r.result.vacant, 1); i++) {
        seats.push({
          item: item.id,
          post: r.post,
          region: r.region,
          seat: r.seat + i,
          winner: r.result.elected[i] ?? null,
          ballots: rounds.length,
          vacancyReason: r.result.elected[i] ? null : r.result.vacancyReason,
          lots: rounds.some((round) => round.tieBreaks.some((t) => t.kind === 'lots')),
          decisive: decisiveBallot(rounds, r.result.elected[i]),
        });
      }
    }
  }
  return { scenario: ctx.setup.scenarioId, seed: ctx.seed, questions, seats, committee: ctx.committee.seats.map((s) => ({ ...s })) };
}

/** The counts of the round that elected `winner`, else of the last round; null when none was held. */
function decisiveBallot(rounds: readonly BallotRound[], winner: string | undefined): DecisiveBallot | null {
  const round = (winner === undefined ? undefined : rounds.find((r) => r.elected.includes(winner))) ?? rounds.at(-1);
  if (round === undefined) return null;
  const votes = round.tally ? { ...round.tally.votes } : { [round.candidates[0]!]: round.yesNo?.yes ?? 0 };
  return { ballot: round.ballot, expressed: round.announcement.expressed, votes };
}
