import type { BallotRound } from '../domain/election.js';
import type { MemberStanding } from '../domain/member.js';
import type { SessionSnapshot } from '../machine/autopilot.js';
import type { SessionContext } from '../machine/context.js';
import type { SessionEvent } from '../machine/events.js';
import { votingRight } from '../rules/voting-rights.js';
import { ballotContextOf, nominationsOf, quorumContextOf } from './session-facts.js';
import { electionRoundQuestion, nominationQuestion } from './election-questions.js';
import { eligibilityQuestion, quorumQuestion } from './eligibility-questions.js';
import { majorityQuestion, outcomeQuestion } from './majority-questions.js';
import { motionPrecedenceQuestion, nextStepQuestion } from './motion-questions.js';
import type { Question } from './question.js';
import { recordsOf } from '../record/record.js';

/** Who the trainee plays in `gasim train`. */
export type TrainingRole = 'chair' | 'secretariat' | 'elections-board';

export const TRAINING_ROLES: readonly TrainingRole[] = ['chair', 'secretariat', 'elections-board'];

function newQuestionResults(before: SessionContext, after: SessionContext) {
  return recordsOf(after).slice(recordsOf(before).length).flatMap((r) => (r.kind === 'question' && r.result !== null ? [r] : []));
}

function roundsOf(ctx: SessionContext): readonly BallotRound[] {
  const done = recordsOf(ctx).flatMap((r) => (r.kind === 'election' ? r.result.rounds : []));
  return [...done, ...(ctx.election?.progress?.rounds ?? [])];
}

function candidateNames(ctx: SessionContext): Record<string, string> {
  const all = Object.values(ctx.setup.nominations).flat();
  return Object.fromEntries(all.map((n) => [n.candidate.id, n.candidate.name]));
}

/** Disputed or refused credentials, admitted this session, in arrears, or relieved of them. */
function isNotable(m: MemberStanding): boolean {
  const f = m.finances;
  return m.credentials !== 'accepted' || m.admittedAtItem !== null || f.unpaidPreviousYear > 0 || f.rescheduling || f.waiver;
}

const opensBallot = (before: SessionContext, after: SessionContext) => before.ballot === null && after.ballot !== null;

function chairPoints(before: SessionSnapshot, event: SessionEvent, after: SessionSnapshot): Question[] {
  const tag = after.context.seq;
  const questions: Question[] = newQuestionResults(before.context, after.context).map((r) => outcomeQuestion(r.result!, `${tag}/outcome/${r.ballot}`));
  const kinds = [...new Set(after.context.motions.map((m) => m.motion))];
  if (event.type === 'delegation.moveMotion' && kinds.length >= 2) {
    const q = motionPrecedenceQuestion(kinds, `${tag}/motions`);
    if (q) questions.push(q);
  }
  const decisive = event.type === 'chair.closeBallot' || event.type === 'delegation.raisePointOfOrder' || event.type === 'chair.ruleOnPointOfOrder';
  if (decisive && after.status !== 'done') questions.push(nextStepQuestion(after, `${tag}/next-step`));
  return questions;
}

function secretariatPoints(before: SessionSnapshot, after: SessionSnapshot): Question[] {
  const tag = after.context.seq;
  const ctx = after.context;
  const questions: Question[] = [];
  if (opensBallot(before.context, ctx)) {
    const quorum = quorumQuestion('decide', quorumContextOf(ctx), ctx.setup.rules, `${tag}/quorum`);
    if (quorum) questions.push(quorum);
    const ballot = ballotContextOf(ctx);
    // ask about the members whose right to vote takes thought, one that may not vote and one that
    // may, taken in turn ballot after ballot; a member in good standing only when there is none
    const entitledOf = (m: MemberStanding) => votingRight(m, ballot, ctx.setup.rules).entitled;
    const pick = (wanted: boolean) => {
      const notable = ctx.standings.filter((m) => isNotable(m) && entitledOf(m) === wanted);
      return notable.length > 0 ? notable[tag % notable.length] : ctx.standings.find((m) => entitledOf(m) === wanted);
    };
    for (const m of [pick(false), pick(true)]) if (m) questions.push(eligibilityQuestion(m, ballot, ctx.setup.rules, `${tag}/eligibility/${m.code}`));
  }
  for (const r of newQuestionResults(before.context, ctx)) questions.push(majorityQuestion(r.result!, `${tag}/majority/${r.ballot}`));
  return questions;
}

function electionsBoardPoints(before: SessionSnapshot, event: SessionEvent, after: SessionSnapshot): Question[] {
  const tag = after.context.seq;
  const ctx = after.context;
  const questions: Question[] = [];
  if (event.type === 'chair.openItem' && ctx.setup.items[ctx.item]?.kind === 'election') {
    const scrutiny = { committee: ctx.setup.committee, sessionYear: ctx.setup.year };
    for (const n of nominationsOf(ctx)) questions.push(nominationQuestion(n, scrutiny, ctx.setup.rules, `${tag}/nomination/${n.candidate.id}`));
  }
  const names = candidateNames(ctx);
  const fresh = roundsOf(ctx).slice(roundsOf(before.context).length);
  for (const round of fresh) questions.push(electionRoundQuestion(round, names, `${tag}/round/${round.ballot}`));
  return questions;
}

/**
 * The questions a trainee in `role` is asked at one machine step, built from what the step
 * produced: the chair announces results, orders motions and chooses the next step; the secretariat
 * checks the quorum, who may vote and the numbers; the Elections Board scrutinises nominations
 * and reads each election ballot.
 */
export function decisionPointsFor(before: SessionSnapshot, event: SessionEvent, after: SessionSnapshot, role: TrainingRole): Question[] {
  if (after.context.seq === before.context.seq) return []; // a rejected event decides nothing
  switch (role) {
    case 'chair':
      return chairPoints(before, event, after);
    case 'secretariat':
      return secretariatPoints(before, after);
    case 'elections-board':
      return electionsBoardPoints(before, event, after);
  }
}
