import { nameReplacer } from '../domain/person-name.js';
import type { BallotRound, Candidate } from '../domain/election.js';
import type { VoteChoice } from '../domain/vote.js';
import { memberByCode, frenchAlphabeticalOrder } from '../registry/members.js';
import { QUESTION_CITATIONS } from '../rules/question-citations.js';
import { phaseOf, type SessionSnapshot } from '../machine/autopilot.js';
import type { SessionContext } from '../machine/context.js';
import { proposalOf } from '../machine/procedure/ballots.js';
import { titleOf } from '../scenario/agenda-items.js';
import type { CurrentItemView, MemberVotesView, SessionView } from './view-model.js';
import type { BallotPanelView, RoundView } from './ballot-view-model.js';
import { openPanel, questionPanel, roundPanel } from './ballot-panel.js';
import { selectCommittee } from './committee.js';
import { selectAgenda, selectHeader } from './header.js';
import { logOf, recordedVotesOf, recordsOf } from '../record/record.js';
import { votedCount, votesOfChoices } from '../domain/choices.js';

const KIND_LABELS: Record<string, string> = {
  election: 'Election · secret ballot',
  'agenda-adoption': 'Agenda',
  'elections-board': 'Elections Board',
  'constitution-amendment': 'Constitution amendment',
  'regulation-amendment': 'Regulations amendment',
};

function candidatesOf(ctx: SessionContext, item: number): readonly Candidate[] {
  return (ctx.setup.nominations[ctx.setup.items[item]!.id] ?? []).map((n) => n.candidate);
}

/** Election rounds of an item: finished seats from the records, then the seat under way. */
function roundsOf(ctx: SessionContext, item: number): BallotRound[] {
  const done = recordsOf(ctx).flatMap((r) => (r.kind === 'election' && r.item === item ? r.result.rounds : []));
  const live = ctx.election?.item === item ? (ctx.election.progress?.rounds ?? []) : [];
  return [...done, ...live];
}

/** One earlier ballot in words with names: "PHILIPPE (FRA) elected with 84 votes (83 needed)". */
function roundSummary(r: BallotRound, candidates: readonly Candidate[]): string {
  const nameOf = (id: string) => {
    const c = candidates.find((x) => x.id === id);
    return c ? `${c.name} (${c.member})` : id;
  };
  const votesOf = (id: string) => r.announcement.counts.find((c) => c.label === id)?.votes ?? 0;
  const needed = `${r.threshold.required} needed`;
  if (r.elected.length > 0) return r.elected.map((id) => `${nameOf(id)} elected with ${votesOf(id)} votes`).join('; ') + ` (${needed})`;
  const top = r.announcement.counts[0];
  const leader = top ? `; most votes: ${nameOf(top.label)}, ${top.votes}` : '';
  const out = r.eliminated.length > 0 ? `; ${r.eliminated.map(nameOf).join(', ')} eliminated` : '';
  return `nobody elected (${needed}${leader})${out}`;
}

function currentItem(ctx: SessionContext): CurrentItemView {
  const item = ctx.setup.items[ctx.item]!;
  const question = proposalOf(ctx);
  const detail: string[] = [];
  if (item.kind === 'election') {
    detail.push(`Candidates: ${candidatesOf(ctx, ctx.item).map((c) => `${c.name} (${c.member})`).join(', ') || 'none'}`);
    for (const x of ctx.election?.excluded ?? []) detail.push(`Not on the paper: ${x.candidate} — ${x.reason} (${x.rule})`);
  }
  if (ctx.amendments.pending.length > 0) detail.push(`Amendments to put first (R6.8): ${ctx.amendments.pending.join(', ')}`);
  if (ctx.motions.length > 0) detail.push(`Motions pending (R6.5): ${ctx.motions.map((m) => m.motion).join(', ')}`);
  if (ctx.pointOfOrder) detail.push(`Point of order by ${ctx.pointOfOrder.member}${ctx.pointOfOrder.ruling ? `: ruled ${ctx.pointOfOrder.ruling}` : ''}`);
  const citation = item.kind === 'election' ? 'CONST Arts 16, 17; RPGA Art 48' : question ? QUESTION_CITATIONS[question].source : '';
  return { id: item.id, number: String(item.number), title: titleOf(item), kindLabel: KIND_LABELS[item.kind] ?? item.kind.replace('-', ' '), citation, detail };
}

function ballotView(ctx: SessionContext): { panel: BallotPanelView | null; rounds: RoundView[] } {
  const open = ctx.appeal ?? ctx.ballot;
  const item = ctx.setup.items[ctx.item]!;
  const rounds = item.kind === 'election' ? roundsOf(ctx, ctx.item) : [];
  const candidates = candidatesOf(ctx, ctx.item);
  const earlier = rounds.map((r) => ({ ballot: r.ballot, summary: roundSummary(r, candidates) }));
  if (open) return { panel: openPanel(ctx, titleOf(item), open), rounds: earlier };
  const last = rounds.at(-1);
  if (last) return { panel: roundPanel(titleOf(item), last, candidatesOf(ctx, ctx.item)), rounds: earlier.slice(0, -1) };
  const record = [...recordsOf(ctx)].reverse().find((r) => r.kind === 'question' && r.item === ctx.item);
  return { panel: record?.kind === 'question' ? questionPanel(titleOf(item), record) : null, rounds: [] };
}

const ROLL_CALL_ORDER = 'in French alphabetical order of the members\' names, the order of the roll call (R3.2)';

const NOT_RECORDED: Readonly<Record<string, string>> = {
  secret: 'secret ballot: only totals are published (R3.3, RPGA Art 39(3))',
  'show-of-hands': 'show of hands: the tellers count hands, no per-member record is kept (R3.2)',
  consensus: 'decided by consensus: there were no votes to record',
};

function memberRows(votes: Readonly<Record<string, VoteChoice>>): MemberVotesView['rows'] {
  const known = frenchAlphabeticalOrder(Object.keys(votes).filter((c) => memberByCode(c)));
  return known.map((code) => ({ code, name: memberByCode(code)!.name, choice: votes[code]! }));
}

/** Per-member votes of the current item's vote, said in words for each method (R3.2, R3.3). */
function memberVotes(ctx: SessionContext): MemberVotesView {
  const open = ctx.ballot?.item === ctx.item ? ctx.ballot : null;
  if (open) {
    if (open.secret || open.subject.kind === 'election') return { available: false, reason: NOT_RECORDED.secret!, rows: [] };
    if (open.method !== 'electronic-recorded' && open.method !== 'roll-call') return { available: false, reason: NOT_RECORDED[open.method] ?? `${open.method}: no per-member record`, rows: [] };
    const cast = votedCount(open.choices);
    return { available: true, order: ROLL_CALL_ORDER, progress: `ballot open: ${cast} of ${open.electorate.length} delegations have voted`, rows: memberRows(votesOfChoices(open.electorate, open.choices)) };
  }
  const record = [...recordsOf(ctx)].reverse().find((r) => r.item === ctx.item);
  if (!record) return { available: false, reason: 'No vote has been taken on this item yet.', rows: [] };
  if (record.kind === 'election' || record.method === 'secret') return { available: false, reason: NOT_RECORDED.secret!, rows: [] };
  const votes = recordedVotesOf(record);
  if (!votes) return { available: false, reason: NOT_RECORDED[record.method] ?? `${record.method}: no per-member record is kept (R3.2)`, rows: [] };
  return { available: true, order: ROLL_CALL_ORDER, rows: memberRows(votes) };
}

/** Everything the TUI shows, from one snapshot (principle 11: the UI is a projection). */
export function selectSessionView(snapshot: SessionSnapshot, options: { showVotes: boolean } = { showVotes: false }): SessionView {
  const ctx = snapshot.context;
  // the log speaks in the rules' ids ("philippe (84) reached 83"); people read names
  const candidates = nameReplacer(Object.values(ctx.setup.nominations).flatMap((n) => n.map((x) => x.candidate)));
  const amendments = new Map(ctx.setup.items.flatMap((i) => ('amendments' in i ? i.amendments : [])).map((a) => [a.id, a.title]));
  const named = (text: string) => candidates(text).replace(/\b(Amendment|adopting) ([a-z0-9][a-z0-9-]*)/g, (all, word: string, id: string) => (amendments.has(id) ? `${word} “${amendments.get(id)}”` : all));
  const inItem = snapshot.hasTag('item-open');
  const closed = snapshot.hasTag('closed');
  const lastItem = recordsOf(ctx).at(-1)?.item;
  // the last result stays on screen after its item closes, but not into the next day
  const showItem = inItem || (lastItem !== undefined && lastItem === ctx.item && ctx.setup.items[ctx.item]?.day === ctx.day && !closed);
  const { panel, rounds } = showItem ? ballotView(ctx) : { panel: null, rounds: [] };
  return {
    header: selectHeader(ctx, phaseOf(snapshot)),
    agenda: selectAgenda(ctx, inItem),
    currentItem: inItem ? currentItem(ctx) : null,
    ballot: panel,
    rounds,
    committee: selectCommittee(ctx, closed),
    log: logOf(ctx).map((l, i) => ({ id: `${l.seq}-${i}`, text: named(l.text) })),
    memberVotes: options.showVotes && showItem ? memberVotes(ctx) : null,
    status: ctx.lastRejection ? { message: `${ctx.lastRejection.code}: ${ctx.lastRejection.message}`, kind: 'warning' } : null,
    finished: closed,
  };
}
