import type { Candidate } from '../domain/election.js';
import type { MemberCode } from '../domain/ids.js';
import { createRng, RngStream } from '../random/seeded-rng.js';
import { memberByCode, MEMBERS } from '../registry/members.js';
import type { Scenario } from '../scenario/schema.js';
import type { BallotRequest, CountedBallot } from '../domain/ballot-request.js';
import { compileBehaviour, drawBallot, withdrawnBy, type CompiledBehaviour } from '../sim/behaviour/index.js';
import type { DecisiveBallot, QuestionOutcome, SessionOutcome, SeatOutcome } from '../sim/outcome.js';

const MAX_BALLOTS = 10;

/**
 * A stand-in for the session machine, for sweep tests and benchmarks: the scenario's budget vote
 * (adopted when yes beats no) and its first election, secret ballots over every member, elected by a majority of the votes expressed,
 * otherwise the last candidate is dropped; one candidate left is a yes/no vote. Not the rules.
 */
export function prepareRuns(scenario: Scenario): (seed: number) => SessionOutcome {
  const model = compileBehaviour(scenario);
  return (seed) => runSessionOutcome(scenario, model, seed);
}

function runSessionOutcome(scenario: Scenario, model: CompiledBehaviour, seed: number): SessionOutcome {
  const items = scenario.session.days.flatMap((day) => day.items);
  const rng = new RngStream(createRng(seed));
  const electorate: readonly MemberCode[] = MEMBERS.map((member) => member.iso3);
  const questions: QuestionOutcome[] = [];
  const budget = items.find((item) => item.kind === 'budget');
  if (budget) {
    const request: BallotRequest = { item: budget.id, itemKind: 'budget', amendment: null, additionalItem: null, procedural: null, method: 'secret', kind: 'question', secret: true, electorate, paper: [], nominated: [], seat: 1, ballot: 1 };
    const { counts, abstain, invalid } = drawBallot(model, request, rng) as CountedBallot;
    const [yes, no] = [counts.yes!, counts.no!];
    questions.push({ item: budget.id, amendment: null, title: budget.title ?? budget.id, decision: yes > no ? 'adopted' : 'rejected', yes, no, abstain, invalid, entitled: electorate.length });
  }
  const election = items.find((item) => item.kind === 'election');
  const seats: SeatOutcome[] = [];
  if (election) {
    const nominated: Candidate[] = election.candidates.map((c) => ({ ...c, region: memberByCode(c.member)?.region ?? 'EUROPE', nominatedBy: c.nominatedBy ?? c.member }));
    let paper = nominated;
    let winner: string | null = null;
    let ballot = 1;
    let decisive: DecisiveBallot | null = null;
    for (; ballot <= MAX_BALLOTS && winner === null && paper.length > 0; ballot++) {
      const gone = withdrawnBy(model, election.id, ballot);
      paper = paper.filter((c) => !gone.includes(c.id));
      const request: BallotRequest = { item: election.id, itemKind: 'election', amendment: null, additionalItem: null, procedural: null, method: 'secret', kind: 'election', secret: true, electorate, paper, nominated, seat: 1, ballot };
      const { counts } = drawBallot(model, request, rng) as CountedBallot;
      decisive = paper.length === 1
        ? { ballot, expressed: counts.yes! + counts.no!, votes: { [paper[0]!.id]: counts.yes! } }
        : { ballot, expressed: paper.reduce((sum, c) => sum + counts[c.id]!, 0), votes: Object.fromEntries(paper.map((c) => [c.id, counts[c.id]!])) };
      if (paper.length === 1) {
        if (counts.yes! > counts.no!) winner = paper[0]!.id;
        else paper = [];
        continue;
      }
      const ranked = [...paper].sort((a, b) => counts[b.id]! - counts[a.id]! || (a.id < b.id ? -1 : 1));
      const expressed = paper.reduce((sum, c) => sum + counts[c.id]!, 0);
      if (2 * counts[ranked[0]!.id]! > expressed) winner = ranked[0]!.id;
      else paper = ranked.slice(0, -1);
    }
    const ballots = ballot - 1;
    const vacancyReason = winner === null ? 'no candidate elected' : null;
    seats.push({ item: election.id, post: election.post, region: null, seat: 1, winner, ballots, vacancyReason, lots: false, decisive });
  }
  return { scenario: scenario.id, seed, questions, seats, committee: [] };
}
