import type { BallotFigures, PaperChoice } from '../../audit/recount.js';
import type { BallotToAudit } from '../../audit/audit-ballot.js';
import type { BallotRound } from '../../domain/election.js';
import type { SessionSnapshot } from '../../machine/autopilot.js';
import type { OpenBallot, SessionContext } from '../../machine/context.js';
import type { ReplayedEvent } from '../../sim/journal-check.js';
import { methodWords } from '../../sim/journal-check.js';
import { titleOf } from '../../scenario/agenda-items.js';
import { candidateLabel, postTitle } from '../../sim/format.js';
import { recordsOf } from '../../record/record.js';
import { choicesOfCast, votesOfChoices } from '../../domain/choices.js';

/**
 * Gathers, while a journal replays, what the verifier needs of every counted ballot: its figures as
 * the journal's lines give them (papers of a recorded vote, the tellers' counts of a secret ballot or
 * a show of hands), and the result the session recorded when the ballot closed. This is the only
 * place that reads the machine's context for `gasim verify`; the recount itself (src/audit) sees
 * domain types only.
 */

const YES_NO: readonly PaperChoice[] = [
  { id: 'yes', name: 'yes' },
  { id: 'no', name: 'no' },
];

/** Every election round closed so far, in order: the finished seats' records, then the seat under way. */
function roundsOf(ctx: SessionContext): BallotRound[] {
  const done = recordsOf(ctx).flatMap((r) => (r.kind === 'election' ? r.result.rounds : []));
  return [...done, ...(ctx.election?.progress?.rounds ?? [])];
}

function subjectWords(ctx: SessionContext, ballot: OpenBallot): string {
  const item = ctx.setup.items[ballot.item]!;
  const title = titleOf(item);
  const s = ballot.subject;
  switch (s.kind) {
    case 'proposal':
      return title;
    case 'amendment':
      return `${title}, amendment ${s.amendment}`;
    case 'additional-item': {
      const added = ctx.setup.items.find((i) => i.id === s.additional);
      return `Placing "${added ? titleOf(added) : s.additional}" on the agenda`;
    }
    case 'motion':
      return `${title}, motion to ${s.motion.replace('-', ' ')}`;
    case 'appeal':
      return `${title}, appeal against the President's ruling`;
    case 'election': {
      const target = ctx.election?.targets[ctx.election.target];
      const post = target ? postTitle(target.post, target.region) : title;
      return `Election of the ${post}${s.seat > 1 ? `, seat ${s.seat}` : ''}, ballot ${s.ballot}`;
    }
  }
}

function choicesOf(ctx: SessionContext, ballot: OpenBallot): readonly PaperChoice[] {
  if (ballot.subject.kind !== 'election') return YES_NO;
  const nominated = ctx.setup.nominations[ctx.setup.items[ballot.item]!.id] ?? [];
  const name = (id: string) => {
    const candidate = nominated.find((n) => n.candidate.id === id)?.candidate;
    return candidate ? candidateLabel(candidate) : id;
  };
  // a single candidate is voted yes or no (R4.8)
  if (ballot.paper.length === 1) return YES_NO.map((c) => ({ id: c.id, name: `${c.name} to ${name(ballot.paper[0]!)}` }));
  return ballot.paper.map((id) => ({ id, name: name(id) }));
}

interface Pending {
  readonly ballot: OpenBallot;
  readonly title: string;
  readonly choices: readonly PaperChoice[];
  line: number | null;
  papers: Record<string, string>;
  counts: Extract<BallotFigures, { kind: 'counts' }> | null;
}

const slots = ['ballot', 'appeal'] as const;

/** Collects the ballots of a replay; feed it every replayed event, then read `ballots`. */
export function ballotCollector(): { readonly observe: (step: ReplayedEvent) => void; readonly ballots: BallotToAudit[] } {
  const ballots: BallotToAudit[] = [];
  const open = new Map<string, Pending>();
  const pendingFor = (before: SessionSnapshot, ballot: OpenBallot): Pending => {
    let pending = open.get(ballot.id);
    if (pending === undefined) {
      const ctx = before.context;
      open.set(ballot.id, (pending = { ballot, title: subjectWords(ctx, ballot), choices: choicesOf(ctx, ballot), line: null, papers: {}, counts: null }));
    }
    return pending;
  };
  const observe = ({ line, event, before, after }: ReplayedEvent) => {
    for (const slot of slots) {
      const ballot = before.context[slot];
      if (ballot === null || ballot.method === 'consensus') continue;
      const pending = pendingFor(before, ballot);
      const target = (event.type === 'tellers.reportCount' || event.type.startsWith('delegation.cast')) && (slot === 'appeal' || before.context.appeal === null);
      if (target) {
        pending.line ??= line;
        if (event.type === 'tellers.reportCount') pending.counts = { kind: 'counts', counts: event.counts, abstain: event.abstain, invalid: event.invalid };
        if (event.type === 'delegation.castBallot') Object.assign(pending.papers, votesOfChoices(ballot.electorate, choicesOfCast(event, ballot.electorate)));
        if (event.type === 'delegation.castVote') pending.papers[event.member] = event.choice;
      }
      if (after.context[slot]?.id === ballot.id) continue;
      open.delete(ballot.id);
      ballots.push(closed(pending, line, before.context, after.context));
    }
  };
  return { observe, ballots };
}

function closed(pending: Pending, line: number, before: SessionContext, after: SessionContext): BallotToAudit {
  const { ballot } = pending;
  let recorded: BallotToAudit['recorded'] = null;
  if (ballot.subject.kind === 'election') {
    const round = roundsOf(after)[roundsOf(before).length];
    recorded = round?.tally ?? round?.yesNo ?? null;
  } else {
    const record = recordsOf(after).slice(recordsOf(before).length).find((r) => r.kind === 'question' && r.ballot === ballot.id);
    recorded = record?.kind === 'question' ? (record.result?.tally ?? null) : null;
  }
  const figures: BallotFigures = pending.counts ?? { kind: 'papers', papers: pending.papers as Record<string, never> };
  return {
    line: pending.line ?? line,
    title: pending.title,
    method: methodWords(ballot.method),
    secret: ballot.secret,
    electorate: ballot.electorate,
    choices: pending.choices,
    figures,
    recorded,
  };
}
