import type { BallotRound, Candidate, Committee, Post } from '../../domain/election.js';
import type { MemberCode, Region } from '../../domain/ids.js';
import { membersOfRegion } from '../../registry/members.js';
import type { RuleSet } from '../../rules/rule-set.js';
import type { ScenarioInput } from '../../scenario/schema.js';
import { ruleSetDiff } from './rules-diff.js';

/** An election as the axiom ran it: the input and every round decided. */
export interface HeldElection {
  readonly post: Post;
  readonly region: Region | null;
  readonly seats: number;
  readonly candidates: readonly Candidate[];
  readonly rounds: readonly BallotRound[];
}

/** The schema's limit on a scripted ballot number; later ballots fall back to the behaviour model. */
const MAX_SCRIPTED_BALLOT = 100;

/**
 * A session of the given elections, each ballot scripted with the counts the axiom saw (seat by
 * seat, ballot by ballot). Generated candidates get real members of their region, distinct and
 * outside the starting Committee; a sole candidate's yes/no ballot cannot be scripted and is left
 * to the model (the notes say so).
 */
export function electionScenario(options: {
  readonly axiom: string;
  readonly notes: string;
  readonly rules: RuleSet;
  readonly elections: readonly HeldElection[];
  readonly committee?: Committee;
  readonly year?: number;
}): ScenarioInput {
  const year = options.year ?? 2025;
  const taken = new Set<MemberCode>(options.committee?.seats.map((s) => s.member) ?? []);
  const real = new Map<string, MemberCode>();
  const realOf = (c: Candidate): MemberCode => {
    const key = `${c.region}/${c.id}`;
    if (!real.has(key)) {
      const code = membersOfRegion(c.region).map((m) => m.iso3).find((m) => !taken.has(m))!;
      taken.add(code);
      real.set(key, code);
    }
    return real.get(key)!;
  };
  const items = options.elections.map((e, i) => ({
    id: `e${i + 1}`,
    kind: 'election' as const,
    post: e.post,
    ...(e.region === null ? {} : { region: e.region }),
    seats: e.seats,
    candidates: e.candidates.map((c) => ({ id: c.id, name: c.name, member: realOf(c) })),
  }));
  const scripted = options.elections.flatMap((e, i) => scriptRounds(`e${i + 1}`, e.rounds));
  return {
    format: 'gasim/scenario@1',
    id: `counterexample-${options.axiom}`,
    title: `Counterexample: ${options.axiom}`,
    notes: options.notes,
    session: { number: 1, venue: { city: 'Lyon', country: 'FRA' }, days: [{ date: `${year}-11-24`, items }] },
    seed: 1,
    members: { represented: 'all' },
    committee: (options.committee?.seats ?? []).map((s) => ({ ...s })),
    rules: ruleSetDiff(options.rules),
    voting: { scripted },
  };
}

function scriptRounds(item: string, rounds: readonly BallotRound[]) {
  let seat = 1;
  let ballot = 1;
  const out = [];
  for (const round of rounds) {
    if (round.tally && ballot <= MAX_SCRIPTED_BALLOT) {
      const { votes, abstain, invalid } = round.tally;
      out.push({ item, seat, ballot, counts: { ...votes }, abstain, invalid });
    }
    const filled = round.elected.length;
    const vacated = round.outcome === 'rejected' && round.trail.some((t) => t.text.includes('stays vacant'));
    if (filled > 0 || vacated) {
      seat += Math.max(1, filled);
      ballot = 1;
    } else ballot += 1;
  }
  return out;
}
