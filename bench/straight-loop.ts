import type { BallotCounts, ElectionProgress } from '../src/domain/election-progress.js';
import type { Tally } from '../src/domain/vote.js';
import { continueSession } from '../src/sim/continue-session.js';
import { questionOfSubject } from '../src/record/subject.js';
import { createEngine } from '../src/machine/session-driver.js';
import { createSession } from '../src/sim/session.js';
import { createSessionSetup } from '../src/scenario/session-setup.js';
import type { RngState } from '../src/random/seeded-rng.js';
import { decideBallot } from '../src/rules/election/decide-ballot.js';
import { decideQuestion } from '../src/rules/majority.js';
import type { QuestionKind, RuleSet } from '../src/rules/rule-set.js';
import { tallyRecordedChoices } from '../src/rules/tally.js';
import type { Scenario } from '../src/scenario/schema.js';
import type { SessionEvent } from '../src/machine/events.js';
import type { BallotRequest, BallotResponse } from '../src/domain/ballot-request.js';
import { compileBehaviour, drawBallot, type CompiledBehaviour } from '../src/sim/behaviour/index.js';
import { ballotStream, createVoter } from '../src/sim/voter.js';

/** One ballot of a recorded run, with what the rules core needs to decide it. */
export type RecordedBallot =
  | { readonly kind: 'question'; readonly request: BallotRequest; readonly question: QuestionKind }
  | { readonly kind: 'election'; readonly request: BallotRequest; readonly progress: ElectionProgress; readonly rng: RngState };

/** Every ballot the machine asked the voters for in one run, in order. */
export interface RecordedRun {
  readonly seed: number;
  readonly totalMembers: number;
  readonly rules: RuleSet;
  readonly ballots: readonly RecordedBallot[];
  /** The run's accepted events, in order (what the journal records). */
  readonly events: readonly SessionEvent[];
}

/**
 * Runs one session through the machine and records each ballot request with the question kind
 * (questions) or the election's progress and generator (elections) at the moment it opened.
 */
export function recordRun(scenario: Scenario, seed: number): RecordedRun {
  const setup = createSessionSetup(scenario);
  const session = createSession(createEngine(setup), seed);
  const voter = createVoter(compileBehaviour(scenario), seed);
  const ballots: RecordedBallot[] = [];
  const { events } = continueSession(session, (request, snapshot) => {
    const ctx = snapshot.context;
    const open = (ctx.appeal ?? ctx.ballot)!;
    const question = questionOfSubject(open.subject);
    if (question === 'election') ballots.push({ kind: 'election', request, progress: ctx.election!.progress!, rng: ctx.rng });
    else ballots.push({ kind: 'question', request, question });
    return voter(request);
  });
  return { seed, totalMembers: setup.totalMembers, rules: setup.rules, ballots, events };
}

/** The counts of a response, as the machine's tellers read them (`tallyOfBallot`). */
function tallyOf(response: BallotResponse, entitled: number): Tally {
  if (response.kind === 'recorded') return tallyRecordedChoices(response.choices, entitled);
  const { counts, abstain, invalid } = response;
  return { entitled, yes: counts.yes ?? 0, no: counts.no ?? 0, abstain, invalid };
}

/** The counts of an election ballot (`candidateTallyOfBallot`, or a yes/no for a sole candidate). */
function ballotCounts(request: BallotRequest, response: BallotResponse): BallotCounts {
  const entitled = request.electorate.length;
  if (request.paper.length === 1) return { kind: 'yes-no', candidate: request.paper[0]!.id, tally: tallyOf(response, entitled) };
  const counts = response.kind === 'counts' ? response : { counts: {} as Record<string, number>, abstain: 0, invalid: 0 };
  const votes: Record<string, number> = {};
  for (const c of request.paper) votes[c.id] = counts.counts[c.id] ?? 0;
  return { entitled, abstain: counts.abstain, invalid: counts.invalid, votes };
}

/**
 * One "session" of the straight loop: for each recorded ballot, its random stream (`ballotStream`),
 * the draw (`drawBallot`), the tally and the decision (`decideQuestion` / `decideBallot`). No
 * machine, no setup, no behaviour compilation (`model` is compiled once), no outcome summary.
 * Returns a checksum so that nothing is optimised away.
 */
export function loopSession(model: CompiledBehaviour, run: RecordedRun): number {
  let check = 0;
  for (const b of run.ballots) {
    const response = drawBallot(model, b.request, ballotStream(run.seed, b.request));
    if (b.kind === 'question') {
      const result = decideQuestion(tallyOf(response, b.request.electorate.length), b.question, { totalMembers: run.totalMembers }, run.rules);
      check += result.tally.yes;
    } else {
      check += decideBallot(b.progress, ballotCounts(b.request, response), run.rules, b.rng).round.ballot;
    }
  }
  return check;
}

export { compileBehaviour };
