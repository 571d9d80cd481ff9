import type { VoteMethod } from '../../domain/vote.js';
import type { QuestionKind } from '../../rules/rule-set.js';
import { isSecret, methodFor, type VoteSubject } from '../../rules/vote-method.js';
import { questionOf } from '../../scenario/agenda-items.js';
import { scriptKey } from '../../scenario/script-key.js';
import type { OpenBallot, SessionContext } from '../context.js';
import type { BallotSubject, BallotTrace } from '../../record/record.js';
import { ballotIdOf, proceduralOf, questionOfSubject } from '../../record/subject.js';
import { electorateOf } from './electorates.js';

// A ballot: the question it puts, how it opens, and the id, key and trace that name it on the record.

/** Opens a ballot: picks the method (R3.1–R3.5) and freezes the electorate (R2.1, R2.8). */
export function createBallot(
  ctx: SessionContext,
  subject: BallotSubject,
  requested: VoteMethod | undefined,
  paper: readonly string[] = [],
): OpenBallot {
  const question = questionOfSubject(subject);
  const item = ctx.setup.items[ctx.item]!;
  const itemMethod = 'method' in item ? item.method : undefined;
  const askFor = requested ?? (subject.kind === 'proposal' ? itemMethod : undefined);
  const { method } = methodFor(question as VoteSubject, askFor);
  const { entitled, excluded } = electorateOf(ctx, question);
  // frozen, as runs and snapshots share it (the electorate comes frozen from the day's electorates)
  return Object.freeze({
    id: ballotIdOf(subject, ctx.setup.items[ctx.item]!.id, ctx.seq),
    item: ctx.item,
    subject: Object.freeze(subject),
    method,
    secret: isSecret(method),
    electorate: entitled,
    excluded,
    paper: Object.freeze(paper),
    choices: '',
    counts: null,
    objections: Object.freeze([]),
    script: null,
  });
}

/** The question the current item's own proposal puts, or null (the item takes no vote). */
export function proposalOf(ctx: SessionContext): QuestionKind | null {
  return questionOf(ctx.setup.items[ctx.item]!);
}

/** What the record keeps of a closed ballot: its key, its electorate and its scripted result. */
export function traceOf(ctx: SessionContext, ballot: OpenBallot): BallotTrace {
  return { key: keyOfBallot(ctx, ballot), electorate: { entitled: ballot.electorate, excluded: ballot.excluded }, script: ballot.script };
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
