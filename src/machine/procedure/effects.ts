import type { SessionContext } from '../context.js';
import type { QuestionRecord } from '../../record/record.js';
import { titleOf } from '../../scenario/agenda-items.js';
import { log } from './log.js';
import { setStatus, type ContextDraft } from '../context-update.js';
import { standingsChanged } from './electorates.js';

/** Applies what an adopted or rejected proposal changes in the session (R1.4, R7.3, R8.5). */
export function applyProposalDecision(ctx: ContextDraft, base: SessionContext, record: QuestionRecord): void {
  if (record.subject.kind === 'additional-item') {
    const id = record.subject.additional;
    const index = base.setup.items.findIndex((i) => i.id === id);
    const item = base.setup.items[index]!;
    if (record.decision === 'adopted') {
      setStatus(ctx, index, 'pending');
      log(ctx, `${titleOf(item)} placed on the agenda as item ${item.number}, taken up on day ${item.day + 1} (R5.5)`);
    } else if (record.decision === 'rejected') {
      setStatus(ctx, index, 'not-included');
      log(ctx, `${titleOf(item)} not placed on the agenda: two-thirds not reached (R5.5)`);
    }
    return;
  }
  if (record.subject.kind !== 'proposal') return;
  const item = base.setup.items[record.item]!;
  if (record.decision === 'no-consensus') return;
  setStatus(ctx, record.item, record.decision);
  if (record.decision === 'adopted' && item.kind === 'membership') {
    const { code, name } = item.applicant;
    const admitted = {
      code,
      represented: true,
      credentials: 'accepted',
      finances: { duePreviousYear: 0, unpaidPreviousYear: 0, unpaidCurrentYear: 0, rescheduling: false, waiver: false },
      admittedAtItem: record.item,
      absentDays: [],
    } as const;
    ctx.standings = [...ctx.standings, admitted];
    ctx.totalMembers += 1;
    standingsChanged(ctx);
    log(ctx, `${name} (${code}) admitted as a member; it votes from the next item (R1.4, Q24)`);
  }
  if (record.decision === 'adopted' && item.kind === 'arrears-waiver') {
    ctx.standings = ctx.standings.map((s) => (s.code === item.member ? { ...s, finances: { ...s.finances, waiver: true } } : s));
    standingsChanged(ctx);
    log(ctx, `${item.member}: voting rights restored by waiver (R8.5(a), GR Art 52(3))`);
  }
  if (record.decision === 'rejected' && item.kind === 'budget') {
    log(ctx, 'No budget approved: the Executive Committee acts along the general lines of the previous budget (R7.3, CONST Art 40)');
  }
}
