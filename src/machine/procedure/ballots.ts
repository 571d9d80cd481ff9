import { freeze } from 'immer';
import type { CandidateTally, Tally, VoteMethod } from '../../domain/vote.js';
import { decideQuestion } from '../../rules/majority.js';
import type { QuestionKind } from '../../rules/rule-set.js';
import { tallyRecordedVotes } from '../../rules/tally.js';
import { isSecret, methodFor, type VoteSubject } from '../../rules/vote-method.js';
import { scriptKey } from '../../scenario/script-key.js';
import type { BallotSubject, BallotTrace, OpenBallot, QuestionRecord, SessionContext } from '../context.js';
import { append, type ContextDraft } from '../context-update.js';
import { electorateOf } from './electorates.js';
import { questionOf, titleOf } from '../../scenario/agenda-items.js';
import { log } from './log.js';

/** The question kind a ballot subject is decided under (its majority comes from the rule set). */
export function questionOfSubject(ctx: SessionContext, subject: BallotSubject): QuestionKind | 'election' {
  switch (subject.kind) {
    case 'proposal':
      return subject.question;
    case 'amendment':
      return 'amendment';
    case 'additional-item':
      return 'additionalItem';
    case 'motion':
      return 'proceduralMotion';
    case 'appeal':
      return 'appeal';
    case 'election':
      return 'election';
  }
}

function ballotId(ctx: SessionContext, subject: BallotSubject): string {
  const item = ctx.setup.items[ctx.item]!.id;
  switch (subject.kind) {
    case 'proposal':
      return item;
    case 'amendment':
      return `${item}/${subject.amendment}`;
    case 'additional-item':
      return `${item}/add/${subject.additional}`;
    case 'motion':
      return `${item}/motion/${subject.motion}/${ctx.seq}`;
    case 'appeal':
      return `${item}/appeal/${ctx.seq}`;
    case 'election':
      return `${item}/seat-${subject.seat}/ballot-${subject.ballot}`;
  }
}

/** Opens a ballot: picks the method (R3.1–R3.5) and freezes the electorate (R2.1, R2.8). */
export function createBallot(
  ctx: SessionContext,
  subject: BallotSubject,
  requested: VoteMethod | undefined,
  paper: readonly string[] = [],
): OpenBallot {
  const question = questionOfSubject(ctx, subject);
  const item = ctx.setup.items[ctx.item]!;
  const itemMethod = 'method' in item ? item.method : undefined;
  const askFor = requested ?? (subject.kind === 'proposal' ? itemMethod : undefined);
  const { method } = methodFor(question as VoteSubject, askFor);
  const { entitled, excluded } = electorateOf(ctx, question);
  // frozen: runs and snapshots share it, and nothing may change it in place
  return freeze({
    id: ballotId(ctx, subject),
    item: ctx.item,
    subject,
    method,
    secret: isSecret(method),
    electorate: entitled,
    excluded,
    paper,
    votes: {},
    counts: null,
    objections: [],
    script: null,
  }, true);
}

/** The counts of a question ballot: from recorded votes, or from the tellers' report. */
export function tallyOfBallot(ballot: OpenBallot): Tally {
  const entitled = ballot.electorate.length;
  if (ballot.counts === null) return tallyRecordedVotes(ballot.votes, entitled);
  const { counts, abstain, invalid } = ballot.counts;
  return { entitled, yes: counts.yes ?? 0, no: counts.no ?? 0, abstain, invalid };
}

/** The counts of an election ballot, as reported by the tellers (R3.6). */
export function candidateTallyOfBallot(ballot: OpenBallot): CandidateTally {
  const counts = ballot.counts ?? { counts: {}, abstain: 0, invalid: 0 };
  const votes: Record<string, number> = {};
  for (const id of ballot.paper) votes[id] = counts.counts[id] ?? 0;
  return { entitled: ballot.electorate.length, abstain: counts.abstain, invalid: counts.invalid, votes };
}

/** Decides the open question ballot with the rules core and records the result. */
export function decideQuestionBallot(ctx: ContextDraft, base: SessionContext, ballot: OpenBallot): QuestionRecord {
  const question = questionOfSubject(base, ballot.subject) as QuestionKind;
  const header = { kind: 'question', ballot: ballot.id, item: ballot.item, day: base.day, subject: ballot.subject, method: ballot.method, trace: traceOf(base, ballot) } as const;
  let record: QuestionRecord;
  if (ballot.method === 'consensus') {
    const decision = ballot.objections.length === 0 ? 'adopted' : 'no-consensus';
    record = { ...header, result: null, decision };
  } else {
    const result = decideQuestion(tallyOfBallot(ballot), question, { totalMembers: base.totalMembers }, base.setup.rules);
    // the closed ballot's votes are frozen: the record shares them rather than copying
    const recorded = ballot.secret || ballot.counts !== null ? {} : { recorded: Object.isFrozen(ballot.votes) ? ballot.votes : { ...ballot.votes } };
    record = { ...header, result, decision: result.decision, ...recorded };
  }
  append(ctx, 'records', record);
  log(ctx, describeDecision(base, record));
  return record;
}

function describeDecision(ctx: SessionContext, record: QuestionRecord): string {
  const item = ctx.setup.items[record.item]!;
  const what =
    record.subject.kind === 'amendment'
      ? `Amendment ${record.subject.amendment}`
      : record.subject.kind === 'motion'
        ? `Motion to ${record.subject.motion.replace('-', ' ')}`
        : record.subject.kind === 'appeal'
          ? 'Appeal against the ruling'
          : record.subject.kind === 'additional-item'
            ? `Placing "${titleOf(ctx.setup.items.find((i) => i.id === (record.subject as { additional: string }).additional)!)}" on the agenda`
            : (item.title ?? item.id);
  if (record.result === null) {
    return record.decision === 'adopted' ? `${what}: adopted by consensus` : `${what}: no consensus; a vote is needed`;
  }
  const { tally, threshold } = record.result;
  return `${what}: ${record.decision} — ${tally.yes} yes, ${tally.no} no, ${tally.abstain} abstentions (${threshold.arithmetic})`;
}

/** The question the current item's own proposal puts, or null (the item takes no vote). */
export function proposalOf(ctx: SessionContext): QuestionKind | null {
  return questionOf(ctx.setup.items[ctx.item]!);
}

/** What the record keeps of a closed ballot: its key, its electorate and its scripted result. */
export function traceOf(ctx: SessionContext, ballot: OpenBallot): BallotTrace {
  return { key: keyOfBallot(ctx, ballot), electorate: { entitled: ballot.electorate, excluded: ballot.excluded }, script: ballot.script };
}

/** A procedural motion's or an appeal's own label: a ballot no scripted result designates. */
export function proceduralOf(s: BallotSubject): string | null {
  return s.kind === 'motion' ? `motion:${s.motion}` : s.kind === 'appeal' ? 'appeal' : null;
}

/** The key of the ballot `ballot` as a scripted result designates it (item, amendment or additional item, seat, ballot). */
export function keyOfBallot(ctx: SessionContext, ballot: OpenBallot): string {
  const s = ballot.subject;
  return scriptKey({
    item: ctx.setup.items[ballot.item]!.id,
    amendment: s.kind === 'amendment' ? s.amendment : null,
    additionalItem: s.kind === 'additional-item' ? s.additional : null,
    procedural: proceduralOf(s),
    seat: s.kind === 'election' ? s.seat : 1,
    ballot: s.kind === 'election' ? s.ballot : 1,
  });
}
