import { decideQuestion } from '../../rules/majority.js';
import type { QuestionKind } from '../../rules/rule-set.js';
import { tallyOfBallot } from '../../rules/tally.js';
import { titleOf } from '../../scenario/agenda-items.js';
import type { OpenBallot, SessionContext } from '../context.js';
import { append, type ContextDraft } from '../context-update.js';
import type { QuestionRecord } from '../../record/record.js';
import { questionOfSubject } from '../../record/subject.js';
import { traceOf } from './ballots.js';
import { log } from './log.js';

// A closed ballot counted and decided by the rules core, and the decision as the log reads it.

/** Decides the open question ballot with the rules core and records the result. */
export function decideQuestionBallot(ctx: ContextDraft, base: SessionContext, ballot: OpenBallot): QuestionRecord {
  const question = questionOfSubject(ballot.subject) as QuestionKind;
  const header = { kind: 'question', ballot: ballot.id, item: ballot.item, day: base.day, subject: ballot.subject, method: ballot.method, trace: traceOf(base, ballot) } as const;
  let record: QuestionRecord;
  if (ballot.method === 'consensus') {
    const decision = ballot.objections.length === 0 ? 'adopted' : 'no-consensus';
    record = { ...header, result: null, decision };
  } else {
    const result = decideQuestion(tallyOfBallot(ballot), question, { totalMembers: base.totalMembers }, base.setup.rules);
    // the record shares the closed ballot's choices (an immutable string) with the trace's electorate they align with
    const recorded = ballot.secret || ballot.counts !== null ? {} : { choices: ballot.choices };
    record = { ...header, result, decision: result.decision, ...recorded };
  }
  append(ctx, 'records', record);
  log(ctx, describeDecision(base, record));
  return record;
}

/** The log line of a decision, as a person reads it. */
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
